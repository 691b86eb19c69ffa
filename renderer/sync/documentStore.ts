import * as Y from 'yjs';
import type { BeraadDb } from '../db/database';

/** Updates from the store are the documents' own past, not changes to send or project. */
export const fromStore = Symbol('fromStore');

/** Past this many stored updates a document is rewritten as one, so opening it stays quick. */
const compactAfter = 200;

/**
 * This machine's copy of the shared documents, as Yjs updates in IndexedDB
 * (the way y-indexeddb keeps them, but inside our own database, so an update
 * commits in the same transaction as the rows projected from it).
 */
export function createDocumentStore(db: BeraadDb) {
  return {
    /** Every stored document, rebuilt from its updates. */
    async loadAll(): Promise<Map<string, Y.Doc>> {
      const docs = new Map<string, Y.Doc>();
      const counts = new Map<string, number>();
      await db.syncUpdates.each((row) => {
        let doc = docs.get(row.doc);
        // Named by its document, which spares the random id a Y.Doc makes up otherwise.
        if (!doc) docs.set(row.doc, (doc = new Y.Doc({ guid: row.doc })));
        Y.applyUpdate(doc, row.update, fromStore);
        counts.set(row.doc, (counts.get(row.doc) ?? 0) + 1);
      });
      const crowded = [...counts].filter(([, count]) => count > compactAfter).map(([name]) => name);
      for (const name of crowded) await this.compact(name, docs.get(name)!);
      return docs;
    },
    /** Replaces a document's updates by one that holds them all, in one transaction. */
    compact(name: string, doc: Y.Doc): Promise<void> {
      return db.transaction('rw', db.syncUpdates, async () => {
        await db.syncUpdates.where('doc').equals(name).delete();
        await db.syncUpdates.add({ doc: name, update: Y.encodeStateAsUpdate(doc) });
      });
    },
  };
}

export type DocumentStore = ReturnType<typeof createDocumentStore>;
