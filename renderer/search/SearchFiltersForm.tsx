import { memo } from 'react';
import { useTranslation } from 'react-i18next';
import { caseStatuses, type CaseStatus } from '@shared/cases/status';
import type { SearchFilters } from '@shared/search/searchCatalog';
import { searchKinds, type SearchKind } from '@shared/search/searchDocument';

/**
 * Kind, status and theme of the case, and period: each narrows the results at
 * once. Drawn again only when the filters change, not at every key typed into
 * the search box: its twenty translated labels stood between the key and the
 * search it starts.
 */
export const SearchFiltersForm = memo(function SearchFiltersForm({ filters, onChange }: { filters: SearchFilters; onChange(filters: SearchFilters): void }) {
  const { t } = useTranslation();
  return (
    <fieldset className="search-filters">
      <legend>{t('search.filters.legend')}</legend>
      <label>
        {t('search.filters.kind')}
        <select
          value={filters.kinds[0] ?? ''}
          onChange={(event) => onChange({ ...filters, kinds: event.target.value === '' ? [] : [event.target.value as SearchKind] })}
        >
          <option value="">{t('search.filters.all')}</option>
          {searchKinds.map((kind) => (
            <option key={kind} value={kind}>
              {t(`search.kind.${kind}`)}
            </option>
          ))}
        </select>
      </label>
      <label>
        {t('search.filters.status')}
        <select
          value={filters.statuses[0] ?? ''}
          onChange={(event) => onChange({ ...filters, statuses: event.target.value === '' ? [] : [event.target.value as CaseStatus] })}
        >
          <option value="">{t('search.filters.all')}</option>
          {caseStatuses.map((status) => (
            <option key={status} value={status}>
              {t(`status.${status}`)}
            </option>
          ))}
        </select>
      </label>
      <label>
        {t('search.filters.theme')}
        <input type="text" value={filters.theme} onChange={(event) => onChange({ ...filters, theme: event.target.value })} />
      </label>
      <label>
        {t('search.filters.from')}
        <input type="date" value={filters.from} onChange={(event) => onChange({ ...filters, from: event.target.value })} />
      </label>
      <label>
        {t('search.filters.to')}
        <input type="date" value={filters.to} onChange={(event) => onChange({ ...filters, to: event.target.value })} />
      </label>
    </fieldset>
  );
});
