import type { CaseFilter } from '@shared/cases/caseFilter';
import { caseStatuses } from '@shared/cases/status';
import { classifications } from '@shared/cases/vocabulary';
import { useUrlState } from '../persistence/useUrlState';

const oneOf = <T extends string>(options: readonly T[], value: string | null, fallback: T | ''): T | '' =>
  value !== null && (options as readonly string[]).includes(value) ? (value as T) : fallback;

const read = (params: URLSearchParams): CaseFilter => ({
  text: params.get('q') ?? '',
  status: oneOf(caseStatuses, params.get('status'), ''),
  theme: params.get('thema') ?? '',
  year: params.get('jaar') ?? '',
  classification: oneOf(classifications, params.get('classificatie'), ''),
  showArchived: params.get('archief') === '1',
  sort: params.get('sorteer') === 'zaaknummer' ? 'reference' : 'receivedOn',
  descending: params.get('richting') !== 'op',
});

/** Only what differs from the default, so the plain list has a plain URL. */
const write = (filter: CaseFilter): Record<string, string> => {
  const entries: Record<string, string> = {
    q: filter.text,
    status: filter.status,
    thema: filter.theme,
    jaar: filter.year,
    classificatie: filter.classification,
    archief: filter.showArchived ? '1' : '',
    sorteer: filter.sort === 'reference' ? 'zaaknummer' : '',
    richting: filter.descending ? '' : 'op',
  };
  return Object.fromEntries(Object.entries(entries).filter(([, value]) => value !== ''));
};

/** The filter lives in the URL so returning from a case restores the list as it was. */
export function useCaseFilter(): [CaseFilter, (change: Partial<CaseFilter>) => void] {
  const [filter, setFilter] = useUrlState(read, write);
  return [filter, (change) => setFilter((current) => ({ ...current, ...change }))];
}
