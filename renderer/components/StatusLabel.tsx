import { useTranslation } from 'react-i18next';
import type { CaseStatus } from '@shared/cases/status';

export function StatusLabel({ status }: { status: CaseStatus }) {
  const { t } = useTranslation();
  return <span className={`status-label status-label--${status}`}>{t(`status.${status}`)}</span>;
}
