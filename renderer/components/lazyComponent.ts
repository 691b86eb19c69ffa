import { createElement, use, type ComponentProps, type ComponentType } from 'react';
import { loadOnce } from '@shared/util/loadOnce';
import { loadAllStrings } from '../i18n/i18n';

const loaders: (() => Promise<unknown>)[] = [];
const loadersByComponent = new WeakMap<object, () => Promise<unknown>>();

/**
 * Code a component loads itself when it first needs it (the editor's, behind
 * a text shown without one), preloaded with the pages' code. A failed load
 * (the browser offline before the code came) can be tried again.
 */
export function lazyModule<M>(load: () => Promise<M>): { load(): Promise<M>; loaded(): M | null } {
  let module: M | null = null;
  const once = loadOnce(() => load().then((loaded) => (module = loaded)));
  loaders.push(once);
  return { load: once, loaded: () => module };
}

/** How each component whose code failed to load at its render gets to try again. */
const failedRenders = new Set<() => void>();

/**
 * Lets every component whose code failed to load try again at its next
 * render: what an ErrorBoundary showing that failure calls before it draws
 * them anew. Until then a failed component keeps failing, so React shows the
 * failure instead of trying again at once, as it retries a render that threw.
 */
export function forgetFailedLoads(): void {
  for (const forget of failedRenders) forget();
  failedRenders.clear();
}

/**
 * A component from a module loaded on first use (a page, or a dialog the first
 * screen does not need); the module names it, as every component module does.
 * It suspends until its code and the strings the first screen left out are
 * in. A failed load is thrown to the nearest ErrorBoundary, and tried again
 * after forgetFailedLoads: React's own `lazy` keeps the failure until the app
 * is reloaded.
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- props are whatever the named component takes
export function lazyComponent<M extends Record<K, ComponentType<any>>, K extends keyof M & string>(load: () => Promise<M>, name: K): M[K] {
  const code = lazyModule(() => Promise.all([load(), loadAllStrings()]).then(([module]) => module));
  let rendering: Promise<M> | null = null;
  const forget = () => {
    rendering = null;
  };
  const attempt = () =>
    (rendering ??= code.load().catch((error: unknown) => {
      failedRenders.add(forget);
      throw error;
    }));
  function Lazy(props: ComponentProps<M[K]>) {
    const module = code.loaded() ?? use(attempt());
    return createElement(module[name], props);
  }
  Lazy.displayName = `Lazy(${name})`;
  loadersByComponent.set(Lazy, code.load);
  return Lazy as unknown as M[K];
}

/**
 * Loads every lazy component's code one after another while the browser is
 * idle, once the first screen is drawn: the first screen does not wait for the
 * others, and a later visit does not wait for its code.
 */
export function preloadLazyComponents(idle: (work: () => void) => void = (work) => requestIdleCallback(work, { timeout: 2000 })): void {
  const next = (index: number) => {
    const load = loaders[index];
    if (!load) return;
    idle(() => void load().then(() => next(index + 1), () => next(index + 1)));
  };
  next(0);
}

/** Starts loading a lazy component's code before it is rendered; any other component is already loaded. */
export function preloadComponent(component: unknown): void {
  if (typeof component === 'function') void loadersByComponent.get(component)?.();
}
