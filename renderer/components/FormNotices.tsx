import { useTranslation } from 'react-i18next';
import type { FieldErrors } from 'react-hook-form';
import { Alert, Paragraph } from '@utrecht/component-library-react';

/** Fields with a message, also inside nested objects and lists (instruments, sections). */
export function countErrors(errors: FieldErrors): number {
  return Object.values(errors).reduce<number>(
    (sum, error) =>
      sum +
      (error && typeof error === 'object' && 'message' in error && error.message ? 1 : countErrors((error ?? {}) as FieldErrors)),
    0,
  );
}

/** What every form says above its fields: that unsaved input came back, and how many fields need attention after a submit. */
export function FormNotices({ restored, errors, submitted }: { restored: boolean; errors: FieldErrors; submitted: boolean }) {
  const { t } = useTranslation();
  const count = countErrors(errors);
  return (
    <>
      {restored && (
        <Alert type="info">
          <Paragraph>{t('form.draftRestored')}</Paragraph>
        </Alert>
      )}
      {submitted && count > 0 && (
        <Alert type="error" role="alert">
          <Paragraph>{t('form.errorSummary', { count })}</Paragraph>
        </Alert>
      )}
    </>
  );
}
