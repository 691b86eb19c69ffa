type Flush = () => Promise<void>;

const flushers = new Set<Flush>();

/** Everything holding unsaved input registers here so quit and page hide can write it first. */
export function registerFlush(flush: Flush): () => void {
  flushers.add(flush);
  return () => flushers.delete(flush);
}

export async function flushAll(): Promise<void> {
  await Promise.allSettled([...flushers].map((flush) => flush()));
}
