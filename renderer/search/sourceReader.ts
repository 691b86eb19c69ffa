import Dexie from 'dexie';
import type { Collection, IndexableType } from 'dexie';
import type { SearchSource, SearchTable } from '@shared/search/searchDocument';
import { searchTables } from '@shared/search/searchDocument';

/**
 * Reads the records the index is made of, straight from the app's database.
 * In the worker that is its own connection, opened without a schema, so the
 * worker never competes with the app's schema versions.
 */
export function createSourceReader(db: Dexie) {
  // Without a schema the tables are known only once the database is open.
  const table = async (name: string) => (db.isOpen() ? db : await db.open()).table(name);
  return {
    async get(source: SearchSource): Promise<unknown> {
      return (await table(source.table)).get(source.key);
    },

    /**
     * Every record of a table, a batch at a time in key order, so memory holds
     * one batch. A batch is one read of the records (getAll): reading the keys
     * and then each record by its key took as long as indexing them.
     */
    async *scan(name: SearchTable, batchSize: number): AsyncGenerator<unknown[]> {
      const records = await table(name);
      const keyPath = records.schema.primKey.keyPath;
      if (keyPath === undefined) throw new Error(`${name}: the index reads only tables that keep the key in the record`);
      let after: IndexableType | null = null;
      for (;;) {
        const collection: Collection = after === null ? records.orderBy(':id') : records.where(':id').above(after);
        const batch: object[] = await collection.limit(batchSize).toArray();
        if (batch.length === 0) return;
        yield batch;
        after = Dexie.getByKeyPath(batch[batch.length - 1]!, keyPath) as IndexableType;
      }
    },

    async count(): Promise<number> {
      const counts = await Promise.all(searchTables.map(async (name) => (await table(name)).count()));
      return counts.reduce((sum, n) => sum + n, 0);
    },

    /**
     * Which database, at which schema version: a stored index made for another
     * one (a restore into a new database, a migration) is not trusted.
     */
    async stamp(): Promise<string> {
      const identity = (await (await table('meta')).get('identity')) as { value?: { id?: unknown } } | undefined;
      return `${db.verno}:${String(identity?.value?.id ?? '')}`;
    },
  };
}

export type SourceReader = ReturnType<typeof createSourceReader>;
