import type { DatabaseIdentity } from '@shared/storage/databaseIdentity';
import type { BeraadDb } from '../db/database';
import type { WriteGuard } from '../db/writeGuard';
import type { DatabaseIdentityStore } from './databaseIdentityStore';

/** Tables whose records are the board's work: a first write to one marks the database as holding data. */
const workTables = new Set(['cases', 'caseDescriptions', 'people', 'meetings', 'notes', 'records', 'actions', 'advices', 'adviceVersions']);

/**
 * Watches the open database for being deleted, closed or swapped while the
 * app runs. On loss every write is refused at once (the write guard), so
 * nothing lands in a database that is not the one the user worked in.
 */
export function createLossMonitor(db: BeraadDb, guard: WriteGuard, store: DatabaseIdentityStore, identity: DatabaseIdentity | null, onLost: () => void) {
  let current = identity;
  let lost = false;
  let checking: Promise<void> | null = null;

  function lose(): void {
    if (lost) return;
    lost = true;
    guard.setMode('lost');
    onLost();
  }

  /** Reads the identity inside the database; a different one, or none, means it is not ours any more. */
  function verify(): Promise<void> {
    if (!current) return Promise.resolve();
    checking ??= store
      .readInside()
      .then(
        (inside) => {
          if (!inside || inside.id !== current?.id) lose();
        },
        // An unreadable database says nothing about whose it is; the failed read is reported where it happened.
        () => undefined,
      )
      .finally(() => {
        checking = null;
      });
    return checking;
  }

  db.on('versionchange', (event: IDBVersionChangeEvent) => {
    // null: someone deleted the database. A number: a newer Beraad in another window upgrades it.
    if (event.newVersion === null) lose();
    else if (!lost) guard.setMode('readOnly');
  });
  db.on('close', () => {
    if (!lost) void verify();
  });

  return {
    verify,
    /** The identity the database should have: what a recovery restores it to. */
    identity: (): DatabaseIdentity | null => current,
    /** Marks the database as holding the board's work the first time it does, so its later loss is noticed. */
    committed(tables: readonly string[]): void {
      if (!current || current.heldData || lost || !tables.some((table) => workTables.has(table))) return;
      current = { ...current, heldData: true };
      void store.write(current).catch(() => undefined);
    },
  };
}

export type LossMonitor = ReturnType<typeof createLossMonitor>;
