import { useTranslation } from 'react-i18next';
import { Alert, Button, Paragraph } from '@utrecht/component-library-react';
import { useWriteMode } from '../persistence/writeMode';

/** Says why nothing here is saved while another window writes, and offers to take over. */
export function ReadOnlyBanner({ onTakeOver }: { onTakeOver(): void }) {
  const { t } = useTranslation();
  if (useWriteMode() !== 'readOnly') return null;
  return (
    <Alert type="warning" className="app-banner" data-read-only>
      <Paragraph>{t('readOnly.banner')}</Paragraph>
      <Button appearance="secondary-action-button" onClick={onTakeOver}>
        {t('readOnly.takeOver')}
      </Button>
    </Alert>
  );
}
