import { useTranslation } from 'react-i18next';
import { Alert, Button, Paragraph } from '@utrecht/component-library-react';

/** In place of the search dialog when its code could not be loaded. */
export function SearchNotLoaded({ onRetry, onClose }: { onRetry(): void; onClose(): void }) {
  const { t } = useTranslation();
  return (
    <Alert type="error" role="alert">
      <Paragraph>
        <strong>{t('search.notLoaded.title')}</strong> {t('search.notLoaded.text')}
      </Paragraph>
      <Button appearance="primary-action-button" onClick={onRetry}>
        {t('search.notLoaded.retry')}
      </Button>{' '}
      <Button appearance="secondary-action-button" onClick={onClose}>
        {t('search.notLoaded.close')}
      </Button>
    </Alert>
  );
}
