import type { DBCore } from 'dexie';
import type { BeraadDb } from '../../../../renderer/db/database';

export interface WriteCounts {
  /** Read-write transactions opened. */
  transactions: number;
  /** Write requests per table: one for a bulk write, one per record for writes in a loop. */
  requests: Map<string, number>;
  /** Records written (or deleted) per table. */
  records: Map<string, number>;
}

/**
 * Counts the writes a database receives, at Dexie's lowest layer, so a test
 * can tell one bulk write from one write per record. Install before the
 * database opens.
 */
export function countWrites(db: BeraadDb): WriteCounts {
  const counts: WriteCounts = { transactions: 0, requests: new Map(), records: new Map() };
  const add = (map: Map<string, number>, table: string, by: number) => map.set(table, (map.get(table) ?? 0) + by);
  db.use({
    stack: 'dbcore',
    name: 'countWrites',
    create: (down: DBCore): DBCore => ({
      ...down,
      transaction(stores, mode, options) {
        if (mode === 'readwrite') counts.transactions++;
        return down.transaction(stores, mode, options);
      },
      table(name) {
        const table = down.table(name);
        return {
          ...table,
          mutate(request) {
            add(counts.requests, name, 1);
            add(counts.records, name, 'values' in request ? request.values.length : 'keys' in request ? request.keys.length : 0);
            return table.mutate(request);
          },
        };
      },
    }),
  });
  return counts;
}
