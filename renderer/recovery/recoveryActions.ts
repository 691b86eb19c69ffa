import type { FolderBackup } from '@shared/backup/ipcSchemas';
import type { Refusal } from '@shared/backup/refusal';
import type { Bridge } from '@shared/ipc/contract';
import { newIdentity, nextStart, type DatabaseIdentity } from '@shared/storage/databaseIdentity';
import type { BackupRepository } from '../backup/backupRepository';
import type { WriteGuard } from '../db/writeGuard';
import type { DatabaseIdentityStore } from './databaseIdentityStore';
import { saveEmergencyCopies } from './saveCopies';

export type RestoreOutcome = { ok: true } | { ok: false; refusal: Refusal } | { ok: false; failure: string };

/**
 * What the recovery screen can do, each only on the user's word: until one of
 * these runs, the write guard keeps the database exactly as it was found.
 * `kept` is the identity the database should have had.
 */
export function createRecoveryActions(bridge: Bridge, repository: BackupRepository, guard: WriteGuard, store: DatabaseIdentityStore, kept: DatabaseIdentity) {
  /** The database becomes the one its identity promised again: same id, a later generation. */
  const continueAs = (identity: DatabaseIdentity) => store.write(identity);

  async function restore(bytes: Uint8Array): Promise<RestoreOutcome> {
    const read = await repository.read(bytes);
    if (!read.ok) return read;
    guard.setMode('writable');
    try {
      await repository.restore(read.value);
      await continueAs({ ...kept, generation: kept.generation + 1, heldData: true });
      return { ok: true };
    } catch (error) {
      guard.setMode('lost');
      return { ok: false, failure: error instanceof Error ? error.message : String(error) };
    }
  }

  return {
    /** The newest backup in the desktop app's folder; none in a browser. */
    async newestBackup(): Promise<FolderBackup | null> {
      const status = await bridge.backupStatus(undefined);
      return status.ok ? (status.value.backups[0] ?? null) : null;
    },

    async restoreFolderBackup(fileName: string): Promise<RestoreOutcome> {
      const file = await bridge.backupRead({ fileName });
      if (!file.ok) return { ok: false, failure: file.error.detail ?? file.error.code };
      return restore(file.value.bytes);
    },

    restoreFile: restore,

    /** Everything that could not be written, as one JSON file the user keeps. */
    saveUnsaved: () => saveEmergencyCopies(bridge),

    /** Goes on with the database as it is now: an empty one gets a new identity, another one keeps its own. */
    async continueWithDatabase(newId: () => string = () => crypto.randomUUID()): Promise<void> {
      guard.setMode('writable');
      const [inside, holdsData] = await Promise.all([store.readInside(), store.holdsData()]);
      await continueAs(inside ? nextStart(inside, holdsData) : newIdentity(newId(), holdsData));
    },
  };
}

export type RecoveryActions = ReturnType<typeof createRecoveryActions>;
