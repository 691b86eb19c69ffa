import { useTranslation } from 'react-i18next';
import { Alert, Button, Paragraph } from '@utrecht/component-library-react';

/**
 * Stands where stored data should have been when reading it failed, so the screen says so instead of
 * loading forever. The storage banner tells what went wrong; this tells what it means here.
 */
export function UnreadableNotice({ message, onRetry }: { message: string; onRetry?: () => void }) {
  const { t } = useTranslation();
  return (
    <Alert type="warning" role="status">
      <Paragraph>{message}</Paragraph>
      {onRetry && (
        <Button appearance="secondary-action-button" onClick={onRetry}>
          {t('common.retry')}
        </Button>
      )}
    </Alert>
  );
}
