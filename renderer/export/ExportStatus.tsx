import { Alert, Paragraph } from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';
import type { ExportState } from './useDocumentExport';

/** The outcome of an export, announced to screen readers; refusals and failures as alerts. */
export function ExportStatus({ state }: { state: ExportState }) {
  const { t } = useTranslation();
  if (state.kind === 'idle') return <div role="status" aria-live="polite" />;
  if (state.kind === 'busy' || state.kind === 'done') {
    return (
      <Paragraph role="status" aria-live="polite" className="export-status">
        {state.kind === 'busy' ? t('export.status.busy') : state.message}
      </Paragraph>
    );
  }
  return (
    <Alert type={state.kind === 'refused' ? 'warning' : 'error'} role="alert">
      <Paragraph>{state.message}</Paragraph>
    </Alert>
  );
}
