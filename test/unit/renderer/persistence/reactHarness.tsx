import { act, type ReactNode } from 'react';
import { createRoot } from 'react-dom/client';
import { createWebBridge } from '../../../../renderer/platform/webBridge';
import { ServicesProvider } from '../../../../renderer/services/services';
import { createBoardMode, type BoardMode } from '../../../../renderer/sync/boardMode';
import { createBoardSession } from '../../../../renderer/sync/boardSession';
import { installSyncOutbox } from '../../../../renderer/sync/syncOutbox';
import { testDatabase } from '../db/testDatabase';

/*
 * Renders components and hooks into a real React root, for the files that run under
 * `// @vitest-environment jsdom`. Without the flag React warns that updates are not wrapped in act().
 */
(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

export interface Deferred<T> {
  promise: Promise<T>;
  resolve(value: T): void;
  reject(error: unknown): void;
}

/** A promise the test settles by hand, to finish storage reads in the order a race needs. */
export function deferred<T>(): Deferred<T> {
  let resolve!: (value: T) => void;
  let reject!: (error: unknown) => void;
  const promise = new Promise<T>((res, rej) => {
    resolve = res;
    reject = rej;
  });
  return { promise, resolve, reject };
}

/** Lets pending promises and the React work they start finish. */
export const settle = () => act(async () => {});

/** Until a view's URL caught up with it: written after the paint that shows the new value (useUrlState). */
export const urlWritten = () => act(() => new Promise<void>((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0))));

/** Only the services a test names, by their keys' names; using any other one fails loudly instead of hanging. */
export const withServices = (services: Readonly<Record<string, unknown>>) => (children: ReactNode) => (
  <ServicesProvider services={services}>{children}</ServicesProvider>
);

export async function render(element: ReactNode) {
  const container = document.createElement('div');
  document.body.append(container);
  const root = createRoot(container);
  await act(async () => root.render(element));
  return {
    container,
    rerender: (next: ReactNode) => act(async () => root.render(next)),
    unmount: async () => {
      await act(async () => root.unmount());
      container.remove();
    },
  };
}

/** Calls the hook inside a component, as a page would; `result.current` is what the last render returned. */
export async function renderHook<P, R>(hook: (props: P) => R, props: P, wrap: (children: ReactNode) => ReactNode = (c) => c) {
  const result = { current: undefined as R };
  function Probe({ props: current }: { props: P }) {
    result.current = hook(current);
    return null;
  }
  const rendered = await render(wrap(<Probe props={props} />));
  return { result, rerender: (next: P) => rendered.rerender(wrap(<Probe props={next} />)), unmount: rendered.unmount };
}

/** Board mode as the app has it without a server: the real service, alone on this computer, over a database of its own. */
export function soloBoardMode(): BoardMode {
  const db = testDatabase();
  return createBoardMode(db, installSyncOutbox(db), createBoardSession(createWebBridge()), (error) => {
    throw error;
  });
}
