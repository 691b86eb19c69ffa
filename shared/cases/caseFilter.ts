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

export function filterCases(rows: readonly CaseRow[], filter: CaseFilter): CaseRow[] {
  const needle = filter.text.trim().toLocaleLowerCase('nl');
  const matches = rows.filter(
    (row) =>
      (filter.showArchived || row.archivedAt === null) &&
      (filter.status === '' || row.status === filter.status) &&
      (filter.classification === '' || row.classification === filter.classification) &&
      (filter.year === '' || row.receivedOn.startsWith(filter.year)) &&
      (filter.theme === '' || row.themes.includes(filter.theme)) &&
      (needle === '' || row.searchText.includes(needle)),
  );
  const direction = filter.descending ? -1 : 1;
  const compare =
    filter.sort === 'reference'
      ? (a: CaseRow, b: CaseRow) => referenceOrder.compare(a.reference, b.reference)
      : (a: CaseRow, b: CaseRow) =>
          a.receivedOn < b.receivedOn ? -1 : a.receivedOn > b.receivedOn ? 1 : referenceOrder.compare(a.reference, b.reference);
  return matches.sort((a, b) => direction * compare(a, b));
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
