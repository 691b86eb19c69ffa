import { useTranslation } from 'react-i18next';
import { Alert, Button, Heading1, Paragraph } from '@utrecht/component-library-react';

/** What the browser says when a module's code could not be fetched, and what Vite's preloading says for its CSS. */
const codeNotLoaded = (error: unknown) =>
  error instanceof Error && /dynamically imported module|Importing a module script failed|Unable to preload CSS/.test(error.message);

/** In place of a page that failed: why, that what was saved is kept, and a way to try again. */
export function PageFailure({ error, onRetry }: { error: unknown; onRetry(): void }) {
  const { t } = useTranslation();
  return (
    <Alert type="error" role="alert" data-page-failure>
      <Heading1>{t('layout.pageFailed.title')}</Heading1>
      <Paragraph>{t(codeNotLoaded(error) ? 'layout.pageFailed.code' : 'layout.pageFailed.other')}</Paragraph>
      <Button appearance="primary-action-button" onClick={onRetry}>
        {t('layout.pageFailed.retry')}
      </Button>
    </Alert>
  );
}
