import { useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Alert, Button, ButtonGroup, Heading1, Heading2, Paragraph, Textbox } from '@utrecht/component-library-react';
import { isReversed, quickPeriod, quickPeriods } from '@shared/advice/periods';
import type { Period } from '@shared/advice/register';
import type { AdviceSource } from '@shared/export/adviceExportModel';
import { inFormat } from '@shared/export/documentFile';
import type { ReportProgress } from '@shared/export/periodReport';
import { toScreeningReport } from '@shared/screening/screeningReport';
import type { Screening } from '@shared/screening/screeningSchema';
import { useService } from '../services/services';
import { exportQueryKey } from './exportQueryKey';
import { Field } from '../components/Field';
import { reportStorageError } from '../persistence/storageProblems';
import { screeningRepositoryKey } from '../screening/screeningRepositoryKey';
import { useSettings } from '../settings/settingsContext';
import { PeriodAdviceList } from './PeriodAdviceList';
import { ExportStatus } from './ExportStatus';
import { dutchWords, publicationSettings } from './publicationSettings';
import { useDocumentExport } from './useDocumentExport';
import { localToday } from '../db/clock';
import './export.css';

/** The period report for the P&C cycle and the alderman: pick a period, see what is in it, make the document. */
export function PeriodReportPage() {
  const { t } = useTranslation();
  const exports = useService(exportQueryKey);
  const screeningRepository = useService(screeningRepositoryKey);
  const { settings } = useSettings();
  const [period, setPeriod] = useState<Period>(() => quickPeriod('lastQuarter', localToday()));
  const [loaded, setLoaded] = useState<{ key: string; advices: AdviceSource[]; screenings: Screening[] } | null>(null);
  const [progress, setProgress] = useState<ReportProgress | null>(null);
  const { state, run } = useDocumentExport();
  const controller = useRef<AbortController | null>(null);
  const reversed = isReversed(period);
  const complete = period.from !== '' && period.to !== '' && !reversed;
  const periodKey = `${period.from}/${period.to}`;
  // What was read for another period is not shown while this one loads.
  const advices = loaded?.key === periodKey ? loaded.advices : undefined;
  // The report's progress re-renders the page after every slice of work; the count need not run again.
  const screenings = useMemo(() => (loaded?.key === periodKey ? toScreeningReport(loaded.screenings, period) : undefined), [loaded, periodKey, period]);

  useEffect(() => {
    if (!complete) return;
    let current = true;
    Promise.all([exports.periodSources(period, settings), screeningRepository.list()])
      .then(([found, screened]) => current && setLoaded({ key: `${period.from}/${period.to}`, advices: found, screenings: screened }))
      .catch(reportStorageError);
    return () => {
      current = false;
    };
  }, [exports, screeningRepository, period, settings, complete]);

  // The export loads the word list again if this early load fails, and says so if it fails then.
  useEffect(() => {
    dutchWords().catch(() => undefined);
  }, []);

  // Leaving the page stops a report in progress.
  useEffect(() => () => controller.current?.abort(), []);

  const makeReport = (format: 'docx' | 'pdf' | 'odt') =>
    run(async () => {
      const abort = new AbortController();
      controller.current = abort;
      try {
        const [sources, screened] = await Promise.all([exports.periodSources(period, settings), screeningRepository.list()]);
        const { toPublicPeriodReport } = await import('@shared/publication/publicModel');
        const { report, fileName } = toPublicPeriodReport(
          { period, bodyName: settings.organisationName, advices: sources, screenings: screened },
          await publicationSettings(settings, 'strict'),
        );
        const options = { signal: abort.signal, onProgress: setProgress };
        if (format === 'docx') {
          const { buildPeriodReport } = await import('@shared/export/periodReport');
          return { name: fileName, bytes: await buildPeriodReport(report, settings.houseStyle, options) };
        }
        if (format === 'odt') {
          const { buildPeriodReportOdt } = await import('@shared/export/odt/periodReportOdt');
          return { name: inFormat(fileName, 'odt'), bytes: buildPeriodReportOdt(report, settings.houseStyle) };
        }
        const [{ buildPeriodReportPdf }, { pdfFonts }] = await Promise.all([import('@shared/export/pdf/periodReportPdf'), import('./pdfFonts')]);
        return { name: inFormat(fileName, 'pdf'), bytes: await buildPeriodReportPdf(report, settings.houseStyle, await pdfFonts(), options) };
      } finally {
        controller.current = null;
        setProgress(null);
      }
    });

  const busy = state.kind === 'busy';
  return (
    <article className="period-report">
      <Heading1>{t('export.report.title')}</Heading1>
      <Paragraph>{t('export.report.intro')}</Paragraph>
      <ButtonGroup role="group" aria-label={t('export.report.quick.label')}>
        {quickPeriods.map((choice) => (
          <Button key={choice} appearance="subtle-button" onClick={() => setPeriod(quickPeriod(choice, localToday()))}>
            {t(`export.report.quick.${choice}`)}
          </Button>
        ))}
      </ButtonGroup>
      <div className="form-row-group">
        <Field label={t('export.report.from')}>
          {(c) => <Textbox {...c} type="date" value={period.from} onChange={(e) => setPeriod({ ...period, from: e.target.value })} />}
        </Field>
        <Field label={t('export.report.to')} error={reversed ? 'export.report.reversedMessage' : undefined}>
          {(c) => <Textbox {...c} type="date" value={period.to} onChange={(e) => setPeriod({ ...period, to: e.target.value })} />}
        </Field>
      </div>
      <ButtonGroup>
        <Button appearance="primary-action-button" disabled={!complete || busy || advices === undefined} onClick={() => void makeReport('docx')}>
          {t('export.report.make')}
        </Button>
        <Button appearance="secondary-action-button" disabled={!complete || busy || advices === undefined} onClick={() => void makeReport('pdf')}>
          {t('export.report.makePdf')}
        </Button>
        <Button appearance="secondary-action-button" disabled={!complete || busy || advices === undefined} onClick={() => void makeReport('odt')}>
          {t('export.report.makeOdt')}
        </Button>
        {busy && progress && (
          <Button appearance="secondary-action-button" onClick={() => controller.current?.abort()}>
            {t('export.report.cancel')}
          </Button>
        )}
      </ButtonGroup>
      {busy && progress && (
        <div className="form-row">
          <label htmlFor="report-progress">
            {progress.done < progress.total ? t('export.report.progress', { done: progress.done, total: progress.total }) : t('export.report.packing')}
          </label>
          <progress id="report-progress" max={Math.max(progress.total, 1)} value={progress.done} />
        </div>
      )}
      <ExportStatus state={state} />
      {complete && screenings && (
        <Paragraph className="report-screenings">
          {t('export.report.screenings', { completed: screenings.completed, becameCase: screenings.becameCase, open: screenings.open })}
        </Paragraph>
      )}
      <Heading2>{t('export.report.list')}</Heading2>
      {!complete ? null : advices === undefined ? (
        <Paragraph role="status">{t('common.loading')}</Paragraph>
      ) : advices.length === 0 ? (
        <Alert type="info">
          <Paragraph>{t('export.report.none')}</Paragraph>
        </Alert>
      ) : (
        <PeriodAdviceList advices={advices} />
      )}
    </article>
  );
}
