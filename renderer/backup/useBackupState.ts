import { useCallback, useEffect, useState } from 'react';
import type { BackupStatus } from '@shared/backup/ipcSchemas';
import { useService } from '../services/services';
import { backupServiceKey } from './backupService';
import type { BackupLog } from './backupLog';

/** The backup log and, on the desktop, the folder's contents; `refresh` after anything that makes a backup. */
export function useBackupState() {
  const backup = useService(backupServiceKey);
  const [log, setLog] = useState<BackupLog | null>(null);
  const [folder, setFolder] = useState<BackupStatus | null>(null);
  const refresh = useCallback(() => {
    void backup.log.get().then(setLog, console.error);
    void backup.status().then((result) => setFolder(result.ok ? result.value : null), console.error);
  }, [backup]);
  useEffect(refresh, [refresh]);
  return { log, folder, refresh };
}
