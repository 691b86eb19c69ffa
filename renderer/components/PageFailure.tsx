import { useTranslation } from 'react-i18next';
import { Alert, Button, Heading1, Paragraph } from '@utrecht/component-library-react';
import { classifyStorageError } from '../db/storageErrors';

/** What the browser says when a module's code could not be fetched, and what Vite's preloading says for its CSS. */
const codeNotLoaded = (error: unknown) =>
  error instanceof Error && /dynamically imported module|Importing a module script failed|Unable to preload CSS/.test(error.message);

/** Why a page failed, in the words shown for it: of these, only storage cannot promise that what was saved is kept. */
const reasonOf = (error: unknown) => (codeNotLoaded(error) ? 'code' : classifyStorageError(error) !== 'unknown' ? 'storage' : 'other');

/** In place of a page that failed: why, whether what was saved is kept, and a way to try again. */
export function PageFailure({ error, onRetry }: { error: unknown; onRetry(): void }) {
  const { t } = useTranslation();
  return (
    <Alert type="error" role="alert" data-page-failure>
      <Heading1>{t('layout.pageFailed.title')}</Heading1>
      <Paragraph>{t(`layout.pageFailed.${reasonOf(error)}`)}</Paragraph>
      <Button appearance="primary-action-button" onClick={onRetry}>
        {t('layout.pageFailed.retry')}
      </Button>
    </Alert>
  );
}
