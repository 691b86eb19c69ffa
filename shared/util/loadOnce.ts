/**
 * `load` run at the first call and its answer kept for every later one; a
 * load that failed (a chunk not read, say) runs again at the next call
 * instead of failing every call after it.
 */
export function loadOnce<T>(load: () => Promise<T>): () => Promise<T> {
  let loading: Promise<T> | null = null;
  return () =>
    (loading ??= load().catch((error: unknown) => {
      loading = null;
      throw error;
    }));
}
