import type { Case } from './caseSchema';
import type { CaseStatus } from './status';
import type { classifications } from './vocabulary';

export type CaseSortKey = 'receivedOn' | 'reference';

export interface CaseFilter {
  text: string;
  status: CaseStatus | '';
  theme: string;
  year: string;
  classification: (typeof classifications)[number] | '';
  showArchived: boolean;
  sort: CaseSortKey;
  descending: boolean;
}

export const defaultCaseFilter: CaseFilter = {
  text: '',
  status: '',
  theme: '',
  year: '',
  classification: '',
  showArchived: false,
  sort: 'receivedOn',
  descending: true,
};

export type CaseRow = Pick<
  Case,
  'id' | 'reference' | 'title' | 'status' | 'themes' | 'receivedOn' | 'classification' | 'archivedAt'
> & { searchText: string };

/** The list works on slim rows with their search text computed once, so each keystroke only filters. */
export function toCaseRow(c: Case): CaseRow {
  return {
    id: c.id,
    reference: c.reference,
    title: c.title,
    status: c.status,
    themes: c.themes,
    receivedOn: c.receivedOn,
    classification: c.classification,
    archivedAt: c.archivedAt,
    searchText: `${c.reference} ${c.title}`.toLocaleLowerCase('nl'),
  };
}

const referenceOrder = new Intl.Collator('nl', { numeric: true });

/** The rows in both orders the list offers, ascending; sorted once, so a filter change only filters. */
export interface SortedCaseRows {
  receivedOn: readonly CaseRow[];
  reference: readonly CaseRow[];
}

/*
 * Sorting ten thousand rows with the collator takes tens of milliseconds, too
 * long to repeat on every filter change or keystroke; the list sorts when its
 * rows change and filtering keeps the order.
 */
export function sortCaseRows(rows: readonly CaseRow[]): SortedCaseRows {
  const reference = [...rows].sort((a, b) => referenceOrder.compare(a.reference, b.reference));
  const rank = new Map(reference.map((row, index) => [row.id, index]));
  const receivedOn = [...rows].sort((a, b) =>
    a.receivedOn < b.receivedOn ? -1 : a.receivedOn > b.receivedOn ? 1 : rank.get(a.id)! - rank.get(b.id)!,
  );
  return { receivedOn, reference };
}

export function filterCases(sorted: SortedCaseRows, filter: CaseFilter): CaseRow[] {
  const needle = filter.text.trim().toLocaleLowerCase('nl');
  const matches = sorted[filter.sort].filter(
    (row) =>
      (filter.showArchived || row.archivedAt === null) &&
      (filter.status === '' || row.status === filter.status) &&
      (filter.classification === '' || row.classification === filter.classification) &&
      (filter.year === '' || row.receivedOn.startsWith(filter.year)) &&
      (filter.theme === '' || row.themes.includes(filter.theme)) &&
      (needle === '' || row.searchText.includes(needle)),
  );
  return filter.descending ? matches.reverse() : matches;
}

/** The choices the filter offers, drawn from the data itself. */
export function filterOptions(rows: readonly CaseRow[]): { themes: string[]; years: string[] } {
  const themes = new Set<string>();
  const years = new Set<string>();
  for (const row of rows) {
    for (const theme of row.themes) themes.add(theme);
    years.add(row.receivedOn.slice(0, 4));
  }
  return {
    themes: [...themes].sort((a, b) => a.localeCompare(b, 'nl')),
    years: [...years].sort().reverse(),
  };
}
