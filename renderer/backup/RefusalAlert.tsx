import { useTranslation } from 'react-i18next';
import { Alert, Paragraph } from '@utrecht/component-library-react';
import type { Refusal } from '@shared/backup/refusal';
import { refusalMessage } from './refusalMessage';

/** Why a chosen file is not used, and that nothing changed. */
export function RefusalAlert({ refusal }: { refusal: Refusal }) {
  const { t } = useTranslation();
  return (
    <Alert type="error" role="alert">
      <Paragraph>
        <strong>{t('backup.refusedTitle')}</strong>
      </Paragraph>
      <Paragraph data-refusal={refusal.code}>{refusalMessage(t, refusal)}</Paragraph>
      <Paragraph>{t('backup.nothingChanged')}</Paragraph>
    </Alert>
  );
}
