import { useTranslation } from 'react-i18next';
import { Alert, Paragraph } from '@utrecht/component-library-react';
import { useCaseAccess } from './useCaseAccess';

/** Says before anyone types that the board's server will not take changes to this case from this account, or no longer gives it at all. */
export function ReadOnlyCaseNotice({ caseId }: { caseId: string }) {
  const { t } = useTranslation();
  const access = useCaseAccess(caseId);
  if (access === 'write') return null;
  return (
    <Alert type="warning" data-read-only-case={access}>
      <Paragraph>{t(access === 'none' ? 'board.excludedCase' : 'board.readOnlyCase')}</Paragraph>
    </Alert>
  );
}
