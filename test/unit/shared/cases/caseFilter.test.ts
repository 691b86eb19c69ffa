import { describe, expect, it } from 'vitest';
import { defaultCaseFilter, filterCases as filterSorted, filterOptions, sortCaseRows, type CaseFilter, type CaseRow } from '@shared/cases/caseFilter';

const row = (overrides: Partial<CaseRow>): CaseRow => {
  const base = {
    id: crypto.randomUUID(),
    reference: 'EA-2026-001',
    title: 'Casus',
    status: 'intake' as const,
    themes: [],
    receivedOn: '2026-01-01',
    classification: 'openbaar' as const,
    archivedAt: null,
    ...overrides,
  };
  return { ...base, searchText: `${base.reference} ${base.title}`.toLowerCase() };
};

const rows = [
  row({ reference: 'EA-2025-009', title: 'Drones bij handhaving', receivedOn: '2025-05-01', themes: ['veiligheid'] }),
  row({ reference: 'EA-2026-010', title: 'Inkomensapp', receivedOn: '2026-02-01', status: 'in_beraadslaging', themes: ['werk en inkomen'] }),
  row({ reference: 'EA-2026-002', title: 'Sensoren', receivedOn: '2026-03-01', classification: 'vertrouwelijk' }),
  row({ reference: 'EA-2026-003', title: 'Oud', receivedOn: '2026-04-01', archivedAt: '2026-05-01T00:00:00.000Z' }),
];
const refs = (result: CaseRow[]) => result.map((r) => r.reference);
const filterCases = (unsorted: readonly CaseRow[], filter: CaseFilter) => filterSorted(sortCaseRows(unsorted), filter);

describe('case list filter', () => {
  it('hides archived cases unless asked, newest first by default', () => {
    expect(refs(filterCases(rows, defaultCaseFilter))).toEqual(['EA-2026-002', 'EA-2026-010', 'EA-2025-009']);
    expect(refs(filterCases(rows, { ...defaultCaseFilter, showArchived: true }))[0]).toBe('EA-2026-003');
  });

  it('filters by status, theme, year, classification and text together', () => {
    expect(refs(filterCases(rows, { ...defaultCaseFilter, status: 'in_beraadslaging' }))).toEqual(['EA-2026-010']);
    expect(refs(filterCases(rows, { ...defaultCaseFilter, theme: 'veiligheid' }))).toEqual(['EA-2025-009']);
    expect(refs(filterCases(rows, { ...defaultCaseFilter, year: '2025' }))).toEqual(['EA-2025-009']);
    expect(refs(filterCases(rows, { ...defaultCaseFilter, classification: 'vertrouwelijk' }))).toEqual(['EA-2026-002']);
    expect(refs(filterCases(rows, { ...defaultCaseFilter, text: 'INKOMEN' }))).toEqual(['EA-2026-010']);
    expect(refs(filterCases(rows, { ...defaultCaseFilter, text: '2026-00' }))).toEqual(['EA-2026-002']);
  });

  it('sorts references numerically, both ways', () => {
    const byReference = { ...defaultCaseFilter, sort: 'reference' as const, descending: false };
    expect(refs(filterCases(rows, byReference))).toEqual(['EA-2025-009', 'EA-2026-002', 'EA-2026-010']);
    expect(refs(filterCases(rows, { ...byReference, descending: true }))).toEqual(['EA-2026-010', 'EA-2026-002', 'EA-2025-009']);
  });

  it('orders like a sort at every filter change: by date, then by reference read as numbers, both ways', () => {
    const many = Array.from({ length: 300 }, (_, n) =>
      row({ reference: `EA-${2020 + (n % 3)}-${(n * 37) % 1000}`, receivedOn: `2026-0${1 + (n % 3)}-0${1 + (n % 2)}` }),
    );
    const collator = new Intl.Collator('nl', { numeric: true });
    const byDate = (a: CaseRow, b: CaseRow) => a.receivedOn.localeCompare(b.receivedOn) || collator.compare(a.reference, b.reference);
    const sorted = sortCaseRows(many);
    expect(refs(filterSorted(sorted, { ...defaultCaseFilter, descending: false }))).toEqual(refs([...many].sort(byDate)));
    expect(refs(filterSorted(sorted, defaultCaseFilter))).toEqual(refs([...many].sort((a, b) => byDate(b, a))));
    expect(refs(filterSorted(sorted, { ...defaultCaseFilter, sort: 'reference', descending: false }))).toEqual(
      refs([...many].sort((a, b) => collator.compare(a.reference, b.reference))),
    );
  });

  it('offers the themes and years present in the data', () => {
    expect(filterOptions(rows)).toEqual({ themes: ['veiligheid', 'werk en inkomen'], years: ['2026', '2025'] });
  });
});
