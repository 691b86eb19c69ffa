import type { DBCore, DBCoreMutateRequest, DBCoreTable } from 'dexie';
import type { SearchSource, SearchTable } from '@shared/search/searchDocument';
import { searchTables } from '@shared/search/searchDocument';
import type { BeraadDb } from '../db/database';

/** More records than this in one transaction (a restore, an import) are indexed anew rather than one by one. */
const followLimit = 2_000;

const isSearchTable = (name: string): name is SearchTable => (searchTables as readonly string[]).includes(name);

function changedKeys(table: DBCoreTable, request: DBCoreMutateRequest): unknown[] | 'all' {
  switch (request.type) {
    case 'add':
    case 'put':
      return request.keys ?? request.values.map((value) => table.schema.primaryKey.extractKey?.(value));
    case 'delete':
      return request.keys;
    case 'deleteRange':
      return 'all';
  }
}

/**
 * Notices every committed write to a table the index reads (a Dexie
 * middleware, so no repository has to remember search) and reports which
 * records changed once their transaction has committed: an aborted write
 * never reaches the index. Must be installed before the database opens.
 */
export function watchSearchSources(db: BeraadDb, onChanged: (sources: (SearchSource | 'all')[]) => void): void {
  const pending = new WeakMap<object, { sources: Map<string, SearchSource>; all: boolean }>();

  function collect(trans: object): { sources: Map<string, SearchSource>; all: boolean } {
    let entry = pending.get(trans);
    if (entry) return entry;
    entry = { sources: new Map(), all: false };
    pending.set(trans, entry);
    const found = entry;
    // The IndexedDB core hands out the IDBTransaction itself (as renderer/db/writeGuard.ts relies on too).
    const events = trans as Partial<IDBTransaction>;
    events.addEventListener?.('complete', () => {
      if (found.all || found.sources.size > followLimit) onChanged(['all']);
      else if (found.sources.size > 0) onChanged([...found.sources.values()]);
    });
    return entry;
  }

  db.use({
    stack: 'dbcore',
    name: 'searchChangeWatcher',
    create: (down: DBCore): DBCore => ({
      ...down,
      table: (name) => {
        const table = down.table(name);
        if (!isSearchTable(name)) return table;
        return {
          ...table,
          mutate: (request) => {
            const entry = collect(request.trans);
            const keys = changedKeys(table, request);
            if (keys === 'all') entry.all = true;
            else if (!entry.all) {
              for (const key of keys) if (typeof key === 'string') entry.sources.set(`${name}/${key}`, { table: name, key });
            }
            return table.mutate(request);
          },
        };
      },
    }),
  });
}
