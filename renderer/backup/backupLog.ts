import type { BeraadDb } from '../db/database';
import type { Clock } from '../db/clock';

/** Stored in the settings table under this key; kept out of backups and restores. */
export const backupLogKey = 'backupLog';

export interface BackupLog {
  /** The last backup this machine made or handed to the user. */
  lastBackupAt: string | null;
  /** When the log started: without any backup, the reminder counts from here. */
  since: string;
}

/** A time as `Date.toISOString` writes it, which is how this module writes both. */
const isTimestamp = (value: unknown): value is string => typeof value === 'string' && /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?Z$/.test(value);

/** The log is this app's own record, read at every start: a look at its shape serves where a schema would load the schema library on the first screen. */
function readLog(value: unknown): BackupLog | null {
  if (typeof value !== 'object' || value === null) return null;
  const { lastBackupAt, since } = value as Record<string, unknown>;
  return (lastBackupAt === null || isTimestamp(lastBackupAt)) && isTimestamp(since) ? { lastBackupAt, since } : null;
}

export function createBackupLog(db: BeraadDb, clock: Clock) {
  async function get(): Promise<BackupLog> {
    const stored = readLog((await db.settings.get(backupLogKey))?.value);
    if (stored) return stored;
    const fresh: BackupLog = { lastBackupAt: null, since: clock().toISOString() };
    await db.settings.put({ key: backupLogKey, value: fresh, updatedAt: fresh.since });
    return fresh;
  }
  return {
    get,
    async record(at: Date): Promise<BackupLog> {
      const log: BackupLog = { ...(await get()), lastBackupAt: at.toISOString() };
      await db.settings.put({ key: backupLogKey, value: log, updatedAt: log.lastBackupAt! });
      return log;
    },
  };
}

export type BackupLogStore = ReturnType<typeof createBackupLog>;
