import { useCallback, useEffect, useState } from 'react';
import type { BackupStatus } from '@shared/backup/ipcSchemas';
import { useServices } from '../app/services';
import type { BackupLog } from './backupLog';

/** The backup log and, on the desktop, the folder's contents; `refresh` after anything that makes a backup. */
export function useBackupState() {
  const { backup } = useServices();
  const [log, setLog] = useState<BackupLog | null>(null);
  const [folder, setFolder] = useState<BackupStatus | null>(null);
  const refresh = useCallback(() => {
    void backup.log.get().then(setLog, console.error);
    void backup.status().then((result) => setFolder(result.ok ? result.value : null), console.error);
  }, [backup]);
  useEffect(refresh, [refresh]);
  return { log, folder, refresh };
}
