import { z } from 'zod';
import type { BeraadDb } from '../db/database';
import type { Clock } from '../db/clock';

/** Stored in the settings table under this key; kept out of backups and restores. */
export const backupLogKey = 'backupLog';

const logSchema = z.object({
  /** The last backup this machine made or handed to the user. */
  lastBackupAt: z.iso.datetime().nullable(),
  /** When the log started: without any backup, the reminder counts from here. */
  since: z.iso.datetime(),
});
export type BackupLog = z.infer<typeof logSchema>;

export function createBackupLog(db: BeraadDb, clock: Clock) {
  async function get(): Promise<BackupLog> {
    const stored = logSchema.safeParse((await db.settings.get(backupLogKey))?.value);
    if (stored.success) return stored.data;
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
