import { version } from '../../package.json';
import { backupFileName } from '@shared/backup/fileNames';
import type { FolderBackupReason } from '@shared/backup/fileNames';
import type { ValidBackup } from '@shared/backup/readBackup';
import type { Bridge } from '@shared/ipc/contract';
import type { Settings } from '@shared/settings/settingsSchema';
import type { Numbering } from '@shared/cases/reference';
import { systemClock, type Clock } from '../db/clock';
import type { BeraadDb } from '../db/database';
import { createBackupLog } from './backupLog';
import type { BackupRepository } from './backupRepository';
import type { CaseExchange } from './caseExchange';
import type { ChangeTracker } from './changeTracker';
import { serviceKey } from '../services/serviceKey';

const retentionOf = ({ backup }: Settings) => ({ daily: backup.keepDaily, weekly: backup.keepWeekly, monthly: backup.keepMonthly });

/** Thrown when the bridge answers with an error value. */
class BridgeFailure extends Error {}

/** Everything the backup screen and the scheduler do, composed once in main.tsx. */
export function createBackupService(db: BeraadDb, bridge: Bridge, changes: ChangeTracker, clock: Clock = systemClock, numbering: () => Numbering = () => 'local') {
  const log = createBackupLog(db, clock);
  /*
   * The backup code (zip, the checks, the editor schema rich text is checked
   * against) loads on first use, so the first screen does not wait for it.
   */
  let code: Promise<{ repository: BackupRepository; exchange: CaseExchange }> | null = null;
  const loaded = () =>
    (code ??= Promise.all([import('./backupRepository'), import('./caseExchange'), import('./workerPacker')]).then(([repositoryModule, exchangeModule, packerModule]) => ({
      repository: repositoryModule.createBackupRepository(db, version, clock, packerModule.startPacker),
      exchange: exchangeModule.createCaseExchange(db, version, clock, numbering),
    })));
  const repository = () => loaded().then((loadedCode) => loadedCode.repository);

  /** Makes a full backup and records it once it is safely handed over. */
  async function made(hand: (bytes: Uint8Array<ArrayBuffer>, at: Date) => Promise<string | null>): Promise<{ fileName: string; bytes: number } | null> {
    const at = clock();
    const bytes = await (await repository()).create();
    const fileName = await hand(bytes, at);
    if (fileName === null) return null;
    await log.record(at);
    changes.backedUp(at);
    return { fileName, bytes: bytes.byteLength };
  }

  /** Hands a backup to the folder; null when it is not known to be kept (the browser's cancelled or unconfirmed copy). */
  async function toFolder(reason: FolderBackupReason, settings: Settings, confirmKept: (fileName: string) => Promise<boolean> = async () => true) {
    return made(async (bytes) => {
      const result = await bridge.backupWrite({ bytes, reason, retention: retentionOf(settings) });
      if (!result.ok) throw new BridgeFailure(result.error.detail ?? result.error.code);
      const { fileName, handover } = result.value;
      if (handover === 'cancelled') return null;
      if (handover === 'offered' && !(await confirmKept(fileName))) return null;
      return fileName;
    });
  }

  return {
    repository,
    exchange: () => loaded().then((loadedCode) => loadedCode.exchange),
    log,
    changes,

    /** A backup the user saves where they like (a download in the browser). */
    download: () =>
      made(async (bytes, at) => {
        const fileName = backupFileName(at, 'manual');
        const result = await bridge.saveFile({ suggestedName: fileName, bytes });
        return result.ok && result.value.saved ? fileName : null;
      }),

    toFolder,

    /**
     * Restores after first keeping a copy of the current data: in the backup
     * folder on the desktop; in the browser where the user saves it, or, as a
     * download, once `confirmKept` says the user kept it. Without that copy
     * nothing is restored, and the answer is null.
     */
    async restore(backup: ValidBackup, settings: Settings, confirmKept: (fileName: string) => Promise<boolean>): Promise<{ safetyCopy: string } | null> {
      const copy = await toFolder('beforeRestore', settings, confirmKept);
      if (copy === null) return null;
      await (await repository()).restore(backup);
      return { safetyCopy: copy.fileName };
    },

    status: () => bridge.backupStatus(undefined),
    chooseFolder: () => bridge.backupChooseFolder(undefined),
  };
}

export type BackupService = ReturnType<typeof createBackupService>;
export const backupServiceKey = serviceKey<BackupService>('backup');
