import Dexie from 'dexie';

/**
 * A schema whose module loads at its first use instead of with the first
 * screen, which only reads. A write checks what it stores against it; waiting
 * goes through Dexie, so a caller inside a transaction keeps its transaction.
 * A load that failed is tried again at the next use.
 */
export function lazySchema<S>(load: () => Promise<S>): () => Promise<S> {
  let loading: Promise<S> | null = null;
  return () =>
    Dexie.waitFor(
      (loading ??= load().catch((error: unknown) => {
        loading = null;
        throw error;
      })),
    );
}
