import { useEffect, useState } from 'react';
import { Link, useLocation } from 'react-router';
import { useTranslation } from 'react-i18next';
import { Alert, Paragraph } from '@utrecht/component-library-react';
import { backupOverdue } from '@shared/backup/schedule';
import { useService } from '../services/services';
import { backupServiceKey } from './backupService';
import { useSettings } from '../settings/settingsContext';
import type { BackupLog } from './backupLog';

export const backupPath = '/instellingen/back-up';

/** On every screen but the backup page itself: the last backup is older than the user allowed. */
export function BackupReminder() {
  const { t } = useTranslation();
  const backup = useService(backupServiceKey);
  const { settings } = useSettings();
  const { pathname } = useLocation();
  const [log, setLog] = useState<BackupLog | null>(null);
  useEffect(() => {
    backup.log.get().then(setLog, console.error);
  }, [backup, pathname]);
  const days = settings.backup.warnAfterDays;
  if (!log || pathname === backupPath || !backupOverdue(log, new Date(), days)) return null;
  return (
    <Alert type="warning" role="status" className="app-banner" data-backup-reminder>
      <Paragraph>
        {t(log.lastBackupAt ? 'backup.status.overdue' : 'backup.status.overdueNever', { count: days })} <Link to={backupPath}>{t('backup.status.reminderLink')}</Link>
      </Paragraph>
    </Alert>
  );
}
