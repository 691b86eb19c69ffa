import Dexie from 'dexie';

/**
 * Runs `tell` outside the transaction in progress, if any. Dexie carries a
 * transaction to the microtasks queued while it runs, so anything told of a
 * change from inside one (a listener, a Yjs observer) would run in it too,
 * and so would what that starts: React renders in a microtask, and a screen's
 * read of a table the transaction does not hold then fails (NotFoundError).
 */
export function outsideTransaction<T>(tell: () => T): T {
  return Dexie.ignoreTransaction(tell);
}
