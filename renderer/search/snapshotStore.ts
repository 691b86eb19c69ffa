import Dexie, { type EntityTable } from 'dexie';
import type { SearchSource } from '@shared/search/searchDocument';

/** The index has a database of its own: it can be thrown away and rebuilt, and never touches the app's schema. */
export const searchDatabaseName = 'beraad-search';

interface SnapshotRecord {
  key: 'index';
  /** The database the index was made from (SourceReader.stamp). */
  stamp: string;
  json: string;
  savedAt: string;
}

/** A change the stored index does not hold yet; kept until the next snapshot, so a crash loses no change. */
interface PendingRecord {
  id: string;
  source: SearchSource | 'all';
  seq: number;
}

type SearchDb = Dexie & { snapshots: EntityTable<SnapshotRecord, 'key'>; pending: EntityTable<PendingRecord, 'id'> };

export function openSnapshotStore(name = searchDatabaseName) {
  const db = new Dexie(name, { chromeTransactionDurability: 'relaxed' }) as SearchDb;
  db.version(1).stores({ snapshots: 'key', pending: 'id, seq' });
  let seq = 0;

  return {
    async load(): Promise<{ stamp: string; json: string } | null> {
      const record = await db.snapshots.get('index');
      const last = await db.pending.orderBy('seq').last();
      seq = last?.seq ?? 0;
      return record ? { stamp: record.stamp, json: record.json } : null;
    },

    /** Notes changes before they reach the index; the sequence number they got is returned. */
    async note(sources: readonly (SearchSource | 'all')[]): Promise<number> {
      const records = sources.map((source) => ({
        id: source === 'all' ? 'all' : `${source.table}/${source.key}`,
        source,
        seq: ++seq,
      }));
      await db.pending.bulkPut(records);
      return seq;
    },

    async pending(): Promise<(SearchSource | 'all')[]> {
      return (await db.pending.orderBy('seq').toArray()).map((record) => record.source);
    },

    /** Stores the index that holds every change up to `upTo`; later changes stay pending. */
    async save(stamp: string, json: string, upTo: number): Promise<void> {
      await db.transaction('rw', db.snapshots, db.pending, async () => {
        await db.snapshots.put({ key: 'index', stamp, json, savedAt: new Date().toISOString() });
        await db.pending.where('seq').belowOrEqual(upTo).delete();
      });
    },

    async size(): Promise<number> {
      return (await db.snapshots.get('index'))?.json.length ?? 0;
    },

    close(): void {
      db.close();
    },
  };
}

export type SnapshotStore = ReturnType<typeof openSnapshotStore>;
