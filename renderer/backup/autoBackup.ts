import { scheduledBackupDue } from '@shared/backup/schedule';
import type { Bridge } from '@shared/ipc/contract';
import type { Settings } from '@shared/settings/settingsSchema';
import { systemClock, type Clock } from '../db/clock';
import { flushAll } from '../persistence/flushRegistry';
import type { BackupService } from './backupService';

interface Options {
  bridge: Pick<Bridge, 'kind' | 'onFlushRequest'>;
  service: Pick<BackupService, 'toFolder' | 'log' | 'changes'>;
  settings: () => Promise<Settings>;
  clock?: Clock;
  checkEveryMs?: number;
  /** The check at start waits for this: a backup due at start must not hold up the first screen. */
  firstCheck?: Promise<void>;
  /** Where failures go; a failed automatic backup must not break the app. */
  report?: (error: unknown) => void;
}

/**
 * Automatic backups in the desktop app: daily (checked at start and every
 * quarter of an hour, so a laptop that slept catches up), and on quit when
 * anything changed since the last backup.
 *
 * The quit backup runs inside main's flush handshake and so within its 3 s
 * cap: main quits when the time is up, whatever the renderer is doing. A
 * backup that does not finish in time is simply not written (main writes to a
 * temporary name and renames only a complete file) and the daily backup at
 * the next start catches up. The alternative, holding up quit for as long as
 * a backup takes, would trap users behind a frozen window on a large database.
 */
export function startAutoBackup({
  bridge,
  service,
  settings,
  clock = systemClock,
  checkEveryMs = 15 * 60_000,
  firstCheck = Promise.resolve(),
  report = console.error,
}: Options): () => void {
  if (bridge.kind !== 'desktop') return () => {};
  let running: Promise<unknown> | null = null;
  const run = (reason: 'scheduled' | 'quit', current: Settings) => {
    running ??= service
      .toFolder(reason, current)
      .catch(report)
      .finally(() => {
        running = null;
      });
    return running;
  };

  const check = async () => {
    const current = await settings();
    if (!current.backup.auto) return;
    const { lastBackupAt } = await service.log.get();
    if (scheduledBackupDue(lastBackupAt, clock())) await run('scheduled', current);
  };
  const onQuit = async () => {
    const current = await settings();
    if (!current.backup.auto || service.changes.changedAt() === null) return;
    // Pending edits first, so the backup holds what the user last typed.
    await flushAll();
    await run('quit', current);
  };

  void firstCheck.then(check).catch(report);
  const timer = setInterval(() => void check().catch(report), checkEveryMs);
  const stopQuit = bridge.onFlushRequest(onQuit);
  return () => {
    clearInterval(timer);
    stopQuit();
  };
}
