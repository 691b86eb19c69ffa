import { isDatabaseIdentity, newestKept, type DatabaseIdentity } from '@shared/storage/databaseIdentity';
import type { Bridge } from '@shared/ipc/contract';
import type { BeraadDb } from '../db/database';

const metaKey = 'identity';
export const keptIdentityKey = 'beraad.databaseIdentity';

const parse = (value: unknown): DatabaseIdentity | null => (isDatabaseIdentity(value) ? value : null);

function readLocal(): DatabaseIdentity | null {
  try {
    const raw = localStorage.getItem(keptIdentityKey);
    return raw === null ? null : parse(JSON.parse(raw));
  } catch {
    return null;
  }
}

/**
 * The database's identity, inside it (the local-only `meta` table) and kept
 * outside it: in localStorage, and on the desktop in a file through the bridge.
 */
export function createDatabaseIdentityStore(db: BeraadDb, bridge: Bridge) {
  function keep(identity: DatabaseIdentity): void {
    try {
      localStorage.setItem(keptIdentityKey, JSON.stringify(identity));
    } catch {
      // localStorage full or blocked: the database and the desktop file still know.
    }
  }

  return {
    async readKept(): Promise<DatabaseIdentity | null> {
      const file = await bridge.identityRead(undefined).then(
        (result) => (result.ok ? result.value.identity : null),
        () => null,
      );
      return newestKept([readLocal(), file]);
    },

    async readInside(): Promise<DatabaseIdentity | null> {
      return parse((await db.meta.get(metaKey))?.value);
    },

    /** Whether the database holds any of the board's work (settings and drafts alone do not count). */
    async holdsData(): Promise<boolean> {
      const counts = await Promise.all([db.cases, db.people, db.meetings, db.notes, db.advices].map((table) => table.count()));
      return counts.some((count) => count > 0);
    },

    /**
     * Inside first: if the copies outside cannot follow (a full disk), the next
     * start finds the database ahead of them, which is fine; never behind.
     */
    async write(identity: DatabaseIdentity): Promise<void> {
      await db.meta.put({ key: metaKey, value: identity, updatedAt: new Date().toISOString() });
      keep(identity);
      await bridge.identityWrite({ identity }).catch(() => undefined);
    },
  };
}

export type DatabaseIdentityStore = ReturnType<typeof createDatabaseIdentityStore>;
