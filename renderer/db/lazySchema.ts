import Dexie from 'dexie';
import { loadOnce } from '@shared/util/loadOnce';

/** How to start loading each lazy schema made so far, for `preloadSchemas`. */
const everySchema: (() => Promise<unknown>)[] = [];

/**
 * A schema whose module loads at its first use instead of with the first
 * screen, which only reads. A write checks what it stores against it; waiting
 * goes through Dexie, so a caller inside a transaction keeps its transaction.
 * A load that failed is tried again at the next use.
 */
export function lazySchema<S>(load: () => Promise<S>): () => Promise<S> {
  const start = loadOnce(load);
  everySchema.push(start);
  return () => Dexie.waitFor(start());
}

/**
 * Loads every lazy schema, once the first screen is up: a write made later
 * finds its schema at hand, also in the browser build after it went offline,
 * when it could no longer fetch the module.
 */
export function preloadSchemas(): Promise<unknown> {
  return Promise.all(everySchema.map((start) => start()));
}
