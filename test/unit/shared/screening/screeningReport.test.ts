import { describe, expect, it } from 'vitest';
import type { Screening } from '@shared/screening/screeningSchema';
import { toScreeningReport } from '@shared/screening/screeningReport';

const screening = (day: string, consult: 'ja' | 'aanbevolen' | 'nee' | null, caseId: string | null = null): Screening => ({
  id: crypto.randomUUID(),
  templateId: 'screening',
  templateVersion: 1,
  project: { title: 'P', filledInBy: 'X', department: '', description: '', question: '', technology: 'app' },
  answers: {},
  status: consult ? 'completed' : 'inProgress',
  summary: consult ? { consult, aiActClass: null, instruments: [] } : null,
  caseId,
  createdAt: `${day}T08:00:00.000Z`,
  updatedAt: `${day}T09:00:00.000Z`,
  completedAt: consult ? `${day}T09:00:00.000Z` : null,
});

describe('the screening section of a period report', () => {
  it('counts the screenings completed in the period by outcome and the share that became a case', () => {
    const report = toScreeningReport(
      [
        screening('2026-01-05', 'ja', '4a0f2b4e-0000-4000-8000-000000000001'),
        screening('2026-02-05', 'aanbevolen'),
        screening('2026-03-31', 'nee'),
        screening('2026-04-01', 'ja', '4a0f2b4e-0000-4000-8000-000000000002'),
        screening('2025-12-31', 'nee'),
        screening('2026-03-01', null),
      ],
      { from: '2026-01-01', to: '2026-03-31' },
    );
    expect(report).toEqual({ completed: 3, open: 1, byOutcome: { nee: 1, aanbevolen: 1, ja: 1 }, becameCase: 1, shareBecameCase: 1 / 3 });
  });

  it('has no share when nothing was completed, and still every outcome', () => {
    expect(toScreeningReport([], { from: '2026-01-01', to: '2026-03-31' })).toEqual({
      completed: 0,
      open: 0,
      byOutcome: { nee: 0, aanbevolen: 0, ja: 0 },
      becameCase: 0,
      shareBecameCase: null,
    });
  });
});
