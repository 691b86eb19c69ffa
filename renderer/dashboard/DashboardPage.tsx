import { useId } from 'react';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { Heading1, Paragraph } from '@utrecht/component-library-react';
import { formatDate } from '../i18n/formatters';
import { AttentionSection } from './AttentionSection';
import { useDashboard } from './useDashboard';
import './dashboard.css';

/** Where the secretary starts the day: what is late or waiting, across all cases. */
export function DashboardPage() {
  const { t } = useTranslation();
  const dashboard = useDashboard();
  const actionsHeadingId = useId();
  return (
    <>
      <div className="page-title">
        <Heading1>{t('dashboard.title')}</Heading1>
        <Link className="button-link" to="/screenings/nieuw">
          {t('screening.new')}
        </Link>
      </div>
      {!dashboard ? (
        <Paragraph role="status">{t('common.loading')}</Paragraph>
      ) : (
        <div className="dashboard">
          <AttentionSection
            name="conclusionOverdue"
            title={t('dashboard.conclusionOverdue.title')}
            none={t('dashboard.conclusionOverdue.none')}
            rows={dashboard.conclusionOverdue}
            detail={(row) => t('dashboard.conclusionOverdue.detail', { date: formatDate(row.conclusionDueOn!) })}
          />
          <AttentionSection
            name="reReviewDue"
            title={t('dashboard.reReviewDue.title')}
            none={t('dashboard.reReviewDue.none')}
            rows={dashboard.reReviewDue}
            detail={(row) => t('dashboard.reReviewDue.detail', { date: formatDate(row.followUp.reReviewOn!) })}
          />
          <section className="dashboard-section" aria-labelledby={actionsHeadingId} data-dashboard="overdueActions">
            <h2 id={actionsHeadingId}>{t('dashboard.overdueActions.title')}</h2>
            <Paragraph>
              {dashboard.overdueActions === 0 ? (
                t('dashboard.overdueActions.none')
              ) : (
                <Link to="/acties?teLaat=1">{t('dashboard.overdueActions.count', { count: dashboard.overdueActions })}</Link>
              )}
            </Paragraph>
          </section>
          <AttentionSection
            name="inReview"
            title={t('dashboard.inReview.title')}
            none={t('dashboard.inReview.none')}
            rows={dashboard.inReview}
            detail={(row) => t('dashboard.inReview.detail', { number: row.version.number })}
          />
        </div>
      )}
      <Paragraph>
        <Link to="/adviezen">{t('dashboard.registerLink')}</Link>
      </Paragraph>
    </>
  );
}
