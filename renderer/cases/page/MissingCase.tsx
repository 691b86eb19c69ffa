import { useTranslation } from 'react-i18next';
import { Paragraph } from '@utrecht/component-library-react';
import { ReadOnlyCaseNotice } from '../../board/ReadOnlyCaseNotice';
import { useCaseAccess } from '../../board/useCaseAccess';

/** A case that is not here: one the server stopped giving this account was taken off this machine, and the notice says why. */
export function MissingCase({ caseId }: { caseId: string }) {
  const { t } = useTranslation();
  const access = useCaseAccess(caseId);
  return access === 'none' ? <ReadOnlyCaseNotice caseId={caseId} /> : <Paragraph>{t('casePage.notFound')}</Paragraph>;
}
