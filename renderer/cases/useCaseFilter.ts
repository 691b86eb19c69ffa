import { useMemo } from 'react';
import { useSearchParams } from 'react-router';
import type { CaseFilter } from '@shared/cases/caseFilter';
import { caseStatuses } from '@shared/cases/status';
import { classifications } from '@shared/cases/vocabulary';

const oneOf = <T extends string>(options: readonly T[], value: string | null, fallback: T | ''): T | '' =>
  value !== null && (options as readonly string[]).includes(value) ? (value as T) : fallback;

/** The filter lives in the URL so returning from a case restores the list as it was. */
export function useCaseFilter(): [CaseFilter, (change: Partial<CaseFilter>) => void] {
  const [params, setParams] = useSearchParams();
  const filter = useMemo<CaseFilter>(
    () => ({
      text: params.get('q') ?? '',
      status: oneOf(caseStatuses, params.get('status'), ''),
      theme: params.get('thema') ?? '',
      year: params.get('jaar') ?? '',
      classification: oneOf(classifications, params.get('classificatie'), ''),
      showArchived: params.get('archief') === '1',
      sort: params.get('sorteer') === 'zaaknummer' ? 'reference' : 'receivedOn',
      descending: params.get('richting') !== 'op',
    }),
    [params],
  );
  const update = (change: Partial<CaseFilter>) => {
    const next = { ...filter, ...change };
    const entries: Record<string, string> = {
      q: next.text,
      status: next.status,
      thema: next.theme,
      jaar: next.year,
      classificatie: next.classification,
      archief: next.showArchived ? '1' : '',
      sorteer: next.sort === 'reference' ? 'zaaknummer' : '',
      richting: next.descending ? '' : 'op',
    };
    setParams(Object.fromEntries(Object.entries(entries).filter(([, value]) => value !== '')), { replace: true });
  };
  return [filter, update];
}
