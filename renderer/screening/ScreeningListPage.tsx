import { useCallback, useEffect, useMemo, useState } from 'react';
import { Link, useNavigate } from 'react-router';
import { useTranslation } from 'react-i18next';
import { Button, FormField, FormLabel, Heading1, Paragraph, Textbox } from '@utrecht/component-library-react';
import { caseLinkFilters, defaultScreeningFilter, filterScreenings, screeningDay, screeningDepartments, type ScreeningFilter } from '@shared/screening/screeningFilter';
import { consultLevels } from '@shared/screening/templateSchema';
import { SelectField } from '../components/SelectField';
import { formatShortDate } from '../i18n/formatters';
import { useLoaded } from '../persistence/useLoaded';
import { useService } from '../services/services';
import { useRemoteVersion } from '../sync/useRemoteVersion';
import { screeningRepositoryKey } from './screeningRepositoryKey';
import './screening.css';

/** Every screening, also those that did not lead to a case: the overview the Rekenkamer found missing. */
export function ScreeningListPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const screenings = useService(screeningRepositoryKey);
  const { value: all, reload } = useLoaded(useCallback(() => screenings.list(), [screenings]));
  // Read again in place when another member's screening reached this machine.
  const remoteVersion = useRemoteVersion('screenings');
  useEffect(() => {
    if (remoteVersion > 0) void reload();
  }, [remoteVersion, reload]);
  const [filter, setFilter] = useState<ScreeningFilter>(defaultScreeningFilter);
  const visible = useMemo(() => filterScreenings(all ?? [], filter), [all, filter]);
  const change = (part: Partial<ScreeningFilter>) => setFilter((before) => ({ ...before, ...part }));
  const allOption = { value: '', label: t('screening.list.all') };

  return (
    <>
      <div className="page-title">
        <Heading1>{t('screening.list.title')}</Heading1>
        <Button appearance="primary-action-button" onClick={() => navigate('/screenings/nieuw')}>
          {t('screening.new')}
        </Button>
      </div>
      <Paragraph>{t('screening.list.intro')}</Paragraph>
      {all === null ? (
        <Paragraph role="status">{t('common.loading')}</Paragraph>
      ) : all.length === 0 ? (
        <Paragraph>{t('screening.list.empty')}</Paragraph>
      ) : (
        <>
          <search className="case-filters" aria-label={t('screening.list.filters')}>
            <SelectField
              label={t('screening.list.outcome')}
              name="uitkomst"
              value={filter.outcome}
              options={[
                allOption,
                ...consultLevels.map((level) => ({ value: level, label: t(`screening.outcome.level.${level}`) })),
                { value: 'inProgress', label: t('screening.list.inProgress') },
              ]}
              onChange={(outcome) => change({ outcome: outcome as ScreeningFilter['outcome'] })}
            />
            <SelectField
              label={t('screening.list.caseLink')}
              name="casus"
              value={filter.caseLink}
              options={[allOption, ...caseLinkFilters.map((link) => ({ value: link, label: t(`screening.list.caseLinks.${link}`) }))]}
              onChange={(caseLink) => change({ caseLink: caseLink as ScreeningFilter['caseLink'] })}
            />
            <SelectField
              label={t('screening.list.department')}
              name="afdeling"
              value={filter.department}
              options={[allOption, ...screeningDepartments(all).map((department) => ({ value: department, label: department }))]}
              onChange={(department) => change({ department })}
            />
            <FormField type="text" className="compact-field">
              <FormLabel htmlFor="screening-from">{t('screening.list.from')}</FormLabel>
              <Textbox id="screening-from" type="date" value={filter.from} onChange={(event) => change({ from: event.target.value })} />
            </FormField>
            <FormField type="text" className="compact-field">
              <FormLabel htmlFor="screening-until">{t('screening.list.until')}</FormLabel>
              <Textbox id="screening-until" type="date" value={filter.until} onChange={(event) => change({ until: event.target.value })} />
            </FormField>
          </search>
          <Paragraph role="status">{t('screening.list.count', { count: all.length, shown: visible.length })}</Paragraph>
          <table className="screening-table">
            <thead>
              <tr>
                <th scope="col">{t('screening.list.project')}</th>
                <th scope="col">{t('screening.list.department')}</th>
                <th scope="col">{t('screening.list.filledInBy')}</th>
                <th scope="col">{t('screening.list.date')}</th>
                <th scope="col">{t('screening.list.outcome')}</th>
                <th scope="col">{t('screening.list.case')}</th>
              </tr>
            </thead>
            <tbody>
              {visible.map((screening) => (
                <tr key={screening.id} data-screening-row={screening.id}>
                  <td>
                    <Link to={`/screenings/${screening.id}`}>{screening.project.title}</Link>
                  </td>
                  <td>{screening.project.department}</td>
                  <td>{screening.project.filledInBy}</td>
                  <td>{formatShortDate(screeningDay(screening))}</td>
                  <td>{screening.summary ? t(`screening.outcome.level.${screening.summary.consult}`) : t('screening.list.inProgress')}</td>
                  <td>
                    {screening.caseId ? (
                      <Link to={`/casussen/${screening.caseId}`}>{t('screening.list.case')}</Link>
                    ) : screening.status === 'completed' ? (
                      t('screening.list.notBrought')
                    ) : (
                      t('screening.list.noCase')
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </>
      )}
    </>
  );
}
