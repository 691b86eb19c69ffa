import type * as Y from 'yjs';

const listeners = new WeakMap<Y.Doc, Set<() => void>>();

/** Called by the connection just before it applies a message the server sent for `doc`. */
export function announceIncoming(doc: Y.Doc): void {
  listeners.get(doc)?.forEach((listener) => listener());
}

/** Runs `listener` before each message from the server for `doc` is applied; returns the stop. */
export function beforeIncoming(doc: Y.Doc, listener: () => void): () => void {
  let set = listeners.get(doc);
  if (!set) listeners.set(doc, (set = new Set()));
  set.add(listener);
  return () => set.delete(listener);
}
