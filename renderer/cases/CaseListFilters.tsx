import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { Checkbox, FormField, FormLabel, Textbox } from '@utrecht/component-library-react';
import type { CaseFilter } from '@shared/cases/caseFilter';
import { caseStatuses } from '@shared/cases/status';
import { classifications } from '@shared/cases/vocabulary';
import { SelectField } from '../components/SelectField';

interface Props {
  filter: CaseFilter;
  themes: string[];
  years: string[];
  onChange(change: Partial<CaseFilter>): void;
}

export function CaseListFilters({ filter, themes, years, onChange }: Props) {
  const { t } = useTranslation();
  const textId = useId();
  const archivedId = useId();
  const all = { value: '', label: t('caseList.filter.all') };
  return (
    <search className="case-filters" aria-label={t('caseList.filter.label')}>
      <FormField type="text" className="compact-field case-filters__text">
        <FormLabel htmlFor={textId}>{t('caseList.filter.text')}</FormLabel>
        <Textbox
          id={textId}
          type="search"
          name="q"
          value={filter.text}
          onChange={(event) => onChange({ text: event.target.value })}
        />
      </FormField>
      <SelectField
        label={t('caseList.filter.status')}
        name="status"
        value={filter.status}
        options={[all, ...caseStatuses.map((status) => ({ value: status, label: t(`status.${status}`) }))]}
        onChange={(status) => onChange({ status: status as CaseFilter['status'] })}
      />
      <SelectField
        label={t('caseList.filter.theme')}
        name="thema"
        value={filter.theme}
        options={[all, ...themes.map((theme) => ({ value: theme, label: theme }))]}
        onChange={(theme) => onChange({ theme })}
      />
      <SelectField
        label={t('caseList.filter.year')}
        name="jaar"
        value={filter.year}
        options={[all, ...years.map((year) => ({ value: year, label: year }))]}
        onChange={(year) => onChange({ year })}
      />
      <SelectField
        label={t('caseList.filter.classification')}
        name="classificatie"
        value={filter.classification}
        options={[all, ...classifications.map((c) => ({ value: c, label: t(`classification.${c}`) }))]}
        onChange={(classification) => onChange({ classification: classification as CaseFilter['classification'] })}
      />
      <SelectField
        label={t('caseList.sort.label')}
        name="sorteer"
        value={`${filter.sort}-${filter.descending ? 'desc' : 'asc'}`}
        options={(['receivedOn-desc', 'receivedOn-asc', 'reference-desc', 'reference-asc'] as const).map((value) => ({
          value,
          label: t(`caseList.sort.${value}`),
        }))}
        onChange={(value) => {
          const [sort, direction] = value.split('-');
          onChange({ sort: sort as CaseFilter['sort'], descending: direction === 'desc' });
        }}
      />
      <FormField type="checkbox" className="compact-field case-filters__archived">
        <Checkbox
          id={archivedId}
          checked={filter.showArchived}
          onChange={(event) => onChange({ showArchived: event.target.checked })}
        />
        <FormLabel htmlFor={archivedId} type="checkbox">
          {t('caseList.filter.showArchived')}
        </FormLabel>
      </FormField>
    </search>
  );
}
