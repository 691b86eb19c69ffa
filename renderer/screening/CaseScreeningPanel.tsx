import { useCallback } from 'react';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { Paragraph } from '@utrecht/component-library-react';
import { screeningDay } from '@shared/screening/screeningFilter';
import { formatDate } from '../i18n/formatters';
import { useLoaded } from '../persistence/useLoaded';
import { useService } from '../services/services';
import { screeningRepositoryKey } from './screeningRepositoryKey';

/** On a case's page: the screening it came from, so why the case came is never lost. */
export function CaseScreeningPanel({ caseId }: { caseId: string }) {
  const { t } = useTranslation();
  const screenings = useService(screeningRepositoryKey);
  const { value } = useLoaded(useCallback(() => screenings.forCase(caseId).then((found) => found ?? false), [screenings, caseId]));
  if (value === null) return null;
  return (
    <section className="case-screening" aria-labelledby="case-screening-title">
      <h2 id="case-screening-title" className="section-heading">
        {t('screening.casePanel.title')}
      </h2>
      {value === false ? (
        <Paragraph className="muted">{t('screening.casePanel.none')}</Paragraph>
      ) : (
        <Paragraph>
          {t('screening.casePanel.summary', {
            level: value.summary ? t(`screening.outcome.level.${value.summary.consult}`) : t('screening.list.inProgress'),
            date: formatDate(screeningDay(value)),
            name: value.project.filledInBy,
          })}{' '}
          <Link to={`/screenings/${value.id}`}>{t('screening.casePanel.open')}</Link>
        </Paragraph>
      )}
    </section>
  );
}
