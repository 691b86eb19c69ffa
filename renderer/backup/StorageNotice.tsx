import { useTranslation } from 'react-i18next';
import { Alert, Button, Paragraph } from '@utrecht/component-library-react';
import { formatFileSize } from '../i18n/formatters';
import { dismissStorageNotice, useStorageNotice } from './storageNotices';

/** A warning under the header, not an alert: nothing failed yet, but the user should act. */
export function StorageNotice() {
  const { t } = useTranslation();
  const notice = useStorageNotice();
  if (!notice) return null;
  return (
    <Alert type="warning" role="status" className="app-banner" data-storage-notice={notice.kind}>
      <Paragraph>
        {notice.kind === 'nearlyFull'
          ? t('backup.storage.nearlyFull', { used: formatFileSize(notice.used), quota: formatFileSize(notice.quota) })
          : t('backup.storage.notPersisted')}
      </Paragraph>
      <Button appearance="secondary-action-button" onClick={dismissStorageNotice}>
        {t('backup.storage.dismiss')}
      </Button>
    </Alert>
  );
}
