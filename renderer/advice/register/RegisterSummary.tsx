import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { Period } from '@shared/advice/register';
import { formatDate } from '../../i18n/formatters';
import type { RegisterCounts } from './registerCounts';

const figures = ['issued', 'adopted', 'partlyAdopted', 'notAdopted', 'college', 'raad'] as const;

/** The P&C figures of the advices in the chosen period, above the table they summarise. */
export function RegisterSummary({ counts, period }: { counts: RegisterCounts; period: Partial<Period> }) {
  const { t } = useTranslation();
  const headingId = useId();
  const { from, to } = period;
  const periodText =
    from && to
      ? t('adviceRegister.summary.period', { from: formatDate(from), to: formatDate(to) })
      : from
        ? t('adviceRegister.summary.since', { from: formatDate(from) })
        : to
          ? t('adviceRegister.summary.until', { to: formatDate(to) })
          : t('adviceRegister.summary.all');
  return (
    <section className="register-summary" aria-labelledby={headingId} data-from={from ?? ''} data-to={to ?? ''}>
      <h2 id={headingId}>{t('adviceRegister.summary.heading', { period: periodText })}</h2>
      <dl>
        {figures.map((figure) => (
          <div key={figure} data-figure={figure}>
            <dt>{t(`adviceRegister.summary.${figure}`)}</dt>
            <dd>{counts[figure]}</dd>
          </div>
        ))}
      </dl>
    </section>
  );
}
