const hour = 3_600_000;

/** The daily automatic backup is due when none was made in the last 24 hours. */
export function scheduledBackupDue(lastBackupAt: string | null, now: Date, intervalHours = 24): boolean {
  return lastBackupAt === null || now.getTime() - new Date(lastBackupAt).getTime() >= intervalHours * hour;
}

/**
 * Whether to remind the user: the last backup (or, if there never was one,
 * the moment the app started keeping count) is older than they allowed.
 */
export function backupOverdue(log: { lastBackupAt: string | null; since: string }, now: Date, warnAfterDays: number): boolean {
  const from = new Date(log.lastBackupAt ?? log.since).getTime();
  return now.getTime() - from > warnAfterDays * 24 * hour;
}
