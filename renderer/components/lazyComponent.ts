import { lazy, type ComponentType } from 'react';
import { loadAllStrings } from '../i18n/i18n';

const loaders: (() => Promise<unknown>)[] = [];
const loadersByComponent = new WeakMap<object, () => Promise<unknown>>();

/**
 * A component from a module loaded on first use (a page, or a dialog the first
 * screen does not need); the module names it, as every component module does.
 * It shows once its code and the strings the first screen left out are in.
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- props are whatever the named component takes
export function lazyComponent<M extends Record<K, ComponentType<any>>, K extends keyof M & string>(load: () => Promise<M>, name: K) {
  let loading: Promise<M> | null = null;
  const once = () => (loading ??= Promise.all([load(), loadAllStrings()]).then(([module]) => module));
  loaders.push(once);
  const component = lazy(async () => ({ default: (await once())[name] }));
  loadersByComponent.set(component, once);
  return component;
}

/**
 * Code a component loads itself when it first needs it (the editor's, behind
 * a text shown without one), preloaded with the pages' code. A failed load
 * (the browser offline before the code came) can be tried again.
 */
export function lazyModule<M>(load: () => Promise<M>): { load(): Promise<M>; loaded(): M | null } {
  let module: M | null = null;
  let loading: Promise<M> | null = null;
  const once = () =>
    (loading ??= load().then(
      (loaded) => (module = loaded),
      (error: unknown) => {
        loading = null;
        throw error;
      },
    ));
  loaders.push(once);
  return { load: once, loaded: () => module };
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
  if (typeof component === 'object' && component !== null) void loadersByComponent.get(component)?.();
}
