import { useTranslation } from 'react-i18next';
import { Alert, Paragraph } from '@utrecht/component-library-react';
import { useCaseAccess } from './useCaseAccess';

/** Says before anyone types that the board's server will not take changes to this case from this account. */
export function ReadOnlyCaseNotice({ caseId }: { caseId: string }) {
  const { t } = useTranslation();
  if (useCaseAccess(caseId) === 'write') return null;
  return (
    <Alert type="warning" data-read-only-case="">
      <Paragraph>{t('board.readOnlyCase')}</Paragraph>
    </Alert>
  );
}
