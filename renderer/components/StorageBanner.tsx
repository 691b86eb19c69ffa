import { useTranslation } from 'react-i18next';
import { Alert, Button, Paragraph } from '@utrecht/component-library-react';
import { dismissStorageProblem, useStorageProblem } from '../persistence/storageProblems';

export function StorageBanner() {
  const { t } = useTranslation();
  const problem = useStorageProblem();
  if (!problem) return null;
  return (
    <Alert type="error" role="alert" className="app-banner">
      <Paragraph>{t(`storage.${problem}`)}</Paragraph>
      <Button appearance="secondary-action-button" onClick={dismissStorageProblem}>
        {t('common.close')}
      </Button>
    </Alert>
  );
}
