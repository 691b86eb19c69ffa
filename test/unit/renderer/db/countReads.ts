import type { DBCore } from 'dexie';
import type { BeraadDb } from '../../../../renderer/db/database';

/** Read transactions opened, and read requests (gets, queries, cursors) per table. */
export function countReads(db: BeraadDb) {
  const counts = { transactions: 0, requests: new Map<string, number>() };
  const count = (table: string) => counts.requests.set(table, (counts.requests.get(table) ?? 0) + 1);
  db.use({
    stack: 'dbcore',
    name: 'countReads',
    create: (down: DBCore): DBCore => ({
      ...down,
      transaction(stores, mode, options) {
        if (mode === 'readonly') counts.transactions++;
        return down.transaction(stores, mode, options);
      },
      table(name) {
        const table = down.table(name);
        return {
          ...table,
          get: (request) => (count(name), table.get(request)),
          getMany: (request) => (count(name), table.getMany(request)),
          query: (request) => (count(name), table.query(request)),
          openCursor: (request) => (count(name), table.openCursor(request)),
          count: (request) => (count(name), table.count(request)),
        };
      },
    }),
  });
  return counts;
}
