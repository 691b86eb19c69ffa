import { useMemo, useState } from 'react';
import { useNavigate } from 'react-router';
import { useTranslation } from 'react-i18next';
import { Button, ButtonGroup, Heading1, Paragraph } from '@utrecht/component-library-react';
import { defaultCaseFilter, filterCases, filterOptions, sortCaseRows } from '@shared/cases/caseFilter';
import { useService } from '../services/services';
import { caseRepositoryKey } from './caseRepository';
import { reportStorageError } from '../persistence/storageProblems';
import { useSettings } from '../settings/settingsContext';
import { CaseListFilters } from './CaseListFilters';
import { CaseTable } from './CaseTable';
import { useCaseFilter } from './useCaseFilter';
import { useCaseRows } from './useCaseRows';

export function CaseListPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const cases = useService(caseRepositoryKey);
  const { settings } = useSettings();
  const { rows, complete, flags, reload } = useCaseRows();
  const [filter, setFilter] = useCaseFilter();
  const [loadingSamples, setLoadingSamples] = useState(false);
  const options = useMemo(() => filterOptions(rows ?? []), [rows]);
  const sorted = useMemo(() => sortCaseRows(rows ?? []), [rows]);
  const visible = useMemo(() => filterCases(sorted, filter), [sorted, filter]);
  // The first screenful is only the truth for the default view; any other filter waits for the whole register.
  const showsPartial = !complete && JSON.stringify(filter) !== JSON.stringify(defaultCaseFilter);

  const loadSamples = async () => {
    setLoadingSamples(true);
    try {
      // The examples are asked for once, on an empty register: their texts are not part of the first screen's code.
      const { loadSampleCases } = await import('./sampleData');
      await loadSampleCases(cases, settings.referencePattern);
      reload();
    } catch (error) {
      reportStorageError(error);
    } finally {
      setLoadingSamples(false);
    }
  };

  return (
    <>
      <div className="page-title">
        <Heading1>{t('caseList.title')}</Heading1>
        <ButtonGroup>
          <Button appearance="secondary-action-button" onClick={() => navigate('/screenings/nieuw')}>
            {t('screening.new')}
          </Button>
          <Button appearance="primary-action-button" onClick={() => navigate('/casussen/nieuw')}>
            {t('caseList.register')}
          </Button>
        </ButtonGroup>
      </div>
      {rows === null ? (
        <Paragraph role="status">{t('common.loading')}</Paragraph>
      ) : complete && rows.length === 0 ? (
        <section className="empty-state" aria-labelledby="empty-title">
          <h2 id="empty-title">{t('caseList.empty.title')}</h2>
          <Paragraph>{t('caseList.empty.text')}</Paragraph>
          <ButtonGroup>
            <Button appearance="secondary-action-button" onClick={loadSamples} disabled={loadingSamples}>
              {t('caseList.empty.loadSamples')}
            </Button>
          </ButtonGroup>
        </section>
      ) : (
        <>
          <CaseListFilters filter={filter} themes={options.themes} years={options.years} onChange={setFilter} />
          <Paragraph role="status" className="case-count" data-complete={complete}>
            {complete
              ? t('caseList.count', { count: rows.length, shown: visible.length })
              : t('caseList.loadingAll')}
          </Paragraph>
          {showsPartial ? null : <CaseTable rows={visible} complete={complete} flags={flags} />}
        </>
      )}
    </>
  );
}
