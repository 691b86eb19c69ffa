import { lazy, type ComponentType } from 'react';

const loaders: (() => Promise<unknown>)[] = [];

/** A page component from a module loaded on first use; the module names it, as every page module does. */
export function lazyPage<M extends Record<string, unknown>, K extends keyof M & string>(load: () => Promise<M>, name: K) {
  let loading: Promise<M> | null = null;
  const once = () => (loading ??= load());
  loaders.push(once);
  return lazy(async () => ({ default: (await once())[name] as ComponentType }));
}

/**
 * Loads every page's code one after another while the browser is idle, once the
 * first screen is drawn: the first screen does not wait for the others, and a
 * later visit does not wait for its code.
 */
export function preloadPages(idle: (work: () => void) => void = (work) => requestIdleCallback(work, { timeout: 2000 })): void {
  const next = (index: number) => {
    const load = loaders[index];
    if (!load) return;
    idle(() => void load().then(() => next(index + 1), () => next(index + 1)));
  };
  next(0);
}
