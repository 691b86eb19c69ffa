import { useTranslation } from 'react-i18next';
import type { AdviceFlags } from '@shared/advice/deadlines';
import './register.css';

/** The advice flags of a case in words, so they never rely on colour alone; nothing when all is well. */
export function AdviceFlagBadges({ flags }: { flags: AdviceFlags | undefined }) {
  const { t } = useTranslation();
  if (!flags) return null;
  return (
    <>
      {flags.conclusionOverdue && <span className="advice-flag">{t('adviceRegister.flag.conclusionOverdue')}</span>}
      {flags.reReviewDue && <span className="advice-flag">{t('adviceRegister.flag.reReviewDue')}</span>}
    </>
  );
}
