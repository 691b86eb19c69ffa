import { lazy, type ComponentType } from 'react';

/** A page component from a module loaded on first use; the module names it, as every page module does. */
export function lazyPage<M extends Record<string, unknown>, K extends keyof M & string>(load: () => Promise<M>, name: K) {
  return lazy(async () => ({ default: (await load())[name] as ComponentType }));
}
