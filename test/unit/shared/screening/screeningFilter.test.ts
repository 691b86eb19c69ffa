import { describe, expect, it } from 'vitest';
import { defaultScreeningFilter, filterScreenings, screeningDepartments, type ScreeningFilter } from '@shared/screening/screeningFilter';
import type { Screening } from '@shared/screening/screeningSchema';

const screening = (id: string, department: string, day: string, consult: 'ja' | 'aanbevolen' | 'nee' | null): Screening => ({
  id,
  templateId: 'screening',
  templateVersion: 1,
  project: { title: id, filledInBy: 'X', department, description: '', question: '', technology: 'app' },
  answers: {},
  status: consult ? 'completed' : 'inProgress',
  summary: consult ? { consult, aiActClass: null, instruments: [] } : null,
  caseId: null,
  createdAt: `${day}T08:00:00.000Z`,
  updatedAt: `${day}T09:00:00.000Z`,
  completedAt: consult ? `${day}T09:00:00.000Z` : null,
});

const all = [
  screening('a', 'Sociaal domein', '2026-01-10', 'ja'),
  screening('b', 'Openbare ruimte', '2026-02-10', 'nee'),
  screening('c', 'Sociaal domein', '2026-03-10', 'aanbevolen'),
  screening('d', '', '2026-03-20', null),
];

describe('screening list filter', () => {
  it.each<[Partial<ScreeningFilter>, string[]]>([
    [{}, ['a', 'b', 'c', 'd']],
    [{ outcome: 'ja' }, ['a']],
    [{ outcome: 'nee' }, ['b']],
    [{ outcome: 'inProgress' }, ['d']],
    [{ department: 'Sociaal domein' }, ['a', 'c']],
    [{ from: '2026-02-10' }, ['b', 'c', 'd']],
    [{ until: '2026-02-10' }, ['a', 'b']],
    [{ department: 'Sociaal domein', from: '2026-02-01', until: '2026-03-31' }, ['c']],
  ])('%j shows %j', (change, ids) => {
    expect(filterScreenings(all, { ...defaultScreeningFilter, ...change }).map((s) => s.id)).toEqual(ids);
  });

  it('shows the screenings that became a case, or every completed one the board never received, whatever its outcome', () => {
    const brought = { ...screening('e', 'Sociaal domein', '2026-03-25', 'ja'), caseId: '4a0f2b4e-0000-4000-8000-000000000001' };
    const withCase = [...all, brought];
    const shown = (caseLink: ScreeningFilter['caseLink'], outcome: ScreeningFilter['outcome'] = '') =>
      filterScreenings(withCase, { ...defaultScreeningFilter, caseLink, outcome }).map((s) => s.id);
    expect(shown('case')).toEqual(['e']);
    expect(shown('noCase')).toEqual(['a', 'b', 'c']);
    expect(shown('noCase', 'ja')).toEqual(['a']);
  });

  it('offers each named department once, sorted', () => {
    expect(screeningDepartments(all)).toEqual(['Openbare ruimte', 'Sociaal domein']);
  });
});
