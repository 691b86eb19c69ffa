import { useTranslation } from 'react-i18next';
import { Alert, Paragraph } from '@utrecht/component-library-react';
import type { AdviceRefusal } from '@shared/advice/versionRules';

/** Why an advice action was refused, every reason in words; nothing was changed. */
export function RefusalAlert({ reasons }: { reasons: readonly AdviceRefusal[] }) {
  const { t } = useTranslation();
  if (reasons.length === 0) return null;
  return (
    <Alert type="error" role="alert">
      <Paragraph>{t('advice.refused')}</Paragraph>
      <ul>
        {reasons.map((reason) => (
          <li key={reason}>{t(`advice.refusal.${reason}`)}</li>
        ))}
      </ul>
    </Alert>
  );
}
