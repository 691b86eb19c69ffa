import { useTranslation } from 'react-i18next';
import { Alert, Heading1, Paragraph } from '@utrecht/component-library-react';
import { AutoBackupPanel } from './AutoBackupPanel';
import { CaseExchangePanel } from './CaseExchangePanel';
import { RestorePanel } from './RestorePanel';
import { useRestoredNotice } from './restoredNotice';
import { StatusPanel } from './StatusPanel';
import { useBackupState } from './useBackupState';
import './backup.css';

/** Instellingen → Back-up: make and restore backups, automatic backups, and exchanging one case. */
export function BackupPage() {
  const { t } = useTranslation();
  const { log, folder, refresh } = useBackupState();
  const restored = useRestoredNotice();
  return (
    <>
      <Heading1>{t('backup.title')}</Heading1>
      {restored && (
        <Alert type="ok" role="status">
          <Paragraph>{t('backup.restore.done', { name: restored })}</Paragraph>
        </Alert>
      )}
      <Paragraph>{t('backup.intro')}</Paragraph>
      <StatusPanel log={log} onMade={refresh} />
      <RestorePanel />
      <CaseExchangePanel />
      <AutoBackupPanel folder={folder} onChanged={refresh} />
    </>
  );
}
