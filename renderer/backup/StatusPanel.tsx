import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Alert, Button, Heading2, Paragraph } from '@utrecht/component-library-react';
import { backupOverdue } from '@shared/backup/schedule';
import { useService } from '../services/services';
import { backupServiceKey } from './backupService';
import { formatDateTime, formatFileSize } from '../i18n/formatters';
import { reportStorageError } from '../persistence/storageProblems';
import { useSettings } from '../settings/settingsContext';
import type { BackupLog } from './backupLog';

/** When the last backup ran, a warning when that is too long ago, and the button to make one. */
export function StatusPanel({ log, onMade }: { log: BackupLog | null; onMade(): void }) {
  const { t } = useTranslation();
  const backup = useService(backupServiceKey);
  const { settings } = useSettings();
  const [busy, setBusy] = useState(false);
  const [made, setMade] = useState<string | null>(null);
  const days = settings.backup.warnAfterDays;
  const overdue = log !== null && backupOverdue(log, new Date(), days);

  const make = async () => {
    setBusy(true);
    setMade(null);
    try {
      const result = await backup.download();
      if (result) setMade(t('backup.make.done', { size: formatFileSize(result.bytes) }));
      onMade();
    } catch (error) {
      reportStorageError(error);
    } finally {
      setBusy(false);
    }
  };

  return (
    <section aria-labelledby="backup-status" className="backup-section">
      <Heading2 id="backup-status">{t('backup.status.heading')}</Heading2>
      {log && (
        <Paragraph data-testid="last-backup">
          {log.lastBackupAt ? t('backup.status.lastAt', { date: formatDateTime(log.lastBackupAt) }) : t('backup.status.never')}
        </Paragraph>
      )}
      {overdue && (
        <Alert type="warning" role="status">
          <Paragraph>{t(log.lastBackupAt ? 'backup.status.overdue' : 'backup.status.overdueNever', { count: days })}</Paragraph>
        </Alert>
      )}
      <Paragraph>{t('backup.make.hint')}</Paragraph>
      <Button appearance="primary-action-button" onClick={() => void make()} disabled={busy} aria-busy={busy || undefined}>
        {busy ? t('backup.busy') : t('backup.make.button')}
      </Button>
      {made && (
        <Alert type="ok" role="status">
          <Paragraph>{made}</Paragraph>
        </Alert>
      )}
    </section>
  );
}
