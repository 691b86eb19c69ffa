import type { DBCore, DBCoreMutateRequest } from 'dexie';
import type { BeraadDb } from '../db/database';
import { backupLogKey } from './backupLog';

/** Recording a backup is not a change worth another backup. */
const onlyBackupLog = (table: string, request: DBCoreMutateRequest) =>
  table === 'settings' && (request.type === 'put' || request.type === 'add') && request.values.every((value) => (value as { key?: unknown }).key === backupLogKey);

/**
 * Notices every write to the database (a Dexie middleware, so no repository
 * has to remember it), for "back up on quit when there were changes".
 * Must be installed before the database opens.
 */
export function trackChanges(db: BeraadDb) {
  let changedAt: Date | null = null;
  db.use({
    stack: 'dbcore',
    name: 'backupChangeTracker',
    create: (down: DBCore): DBCore => ({
      ...down,
      table: (name) => {
        const table = down.table(name);
        return {
          ...table,
          mutate: (request) => {
            if (!onlyBackupLog(name, request)) changedAt ??= new Date();
            return table.mutate(request);
          },
        };
      },
    }),
  });
  return {
    /** The first change since the last backup, or null. */
    changedAt: () => changedAt,
    /** A backup read everything up to `at`; changes after it still count. */
    backedUp(at: Date) {
      if (changedAt !== null && changedAt <= at) changedAt = null;
    },
  };
}

export type ChangeTracker = ReturnType<typeof trackChanges>;
