import { memo } from 'react';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { Paragraph } from '@utrecht/component-library-react';
import type { AdviceSource } from '@shared/export/adviceExportModel';
import { formatDate } from '../i18n/formatters';
import { AdviceExportButtons } from './AdviceExportButtons';

/*
 * Memoised: the report's progress re-renders the page after every slice of
 * work, and a list of a few hundred advices with their export buttons would
 * then take the time the Cancel click needs.
 */
export const PeriodAdviceList = memo(function PeriodAdviceList({ advices }: { advices: readonly AdviceSource[] }) {
  const { t } = useTranslation();
  return (
    <>
      <Paragraph className="report-count">{t('export.report.count', { count: advices.length })}</Paragraph>
      <ol className="report-list">
        {advices.map((source) => (
          <li key={source.caseRecord.id}>
            <Link to={`/casussen/${source.caseRecord.id}`}>{`${source.caseRecord.reference} · ${source.caseRecord.title}`}</Link>
            <span className="muted"> · {formatDate(source.advice?.issuedOn ?? '')}</span>
            <AdviceExportButtons caseId={source.caseRecord.id} label={t('export.advice.labelFor', { reference: source.caseRecord.reference })} />
          </li>
        ))}
      </ol>
    </>
  );
});
