import { describe, expect, it } from 'vitest';
import { toScreeningReport } from '@shared/screening/screeningReport';
import { outcome, periodScreenings, screening } from '../../../fixtures/screening/screening';

const firstQuarter = { from: '2026-01-01', to: '2026-03-31' };

describe('the screening section of a period report', () => {
  it('counts the screenings completed in the period by outcome and the share that became a case', () => {
    const report = toScreeningReport(
      [
        screening('2026-01-05', outcome('ja'), { caseId: '4a0f2b4e-0000-4000-8000-000000000001' }),
        screening('2026-02-05', outcome('aanbevolen')),
        screening('2026-03-31', outcome('nee')),
        screening('2026-04-01', outcome('ja'), { caseId: '4a0f2b4e-0000-4000-8000-000000000002' }),
        screening('2025-12-31', outcome('nee')),
        screening('2026-03-01', null),
      ],
      firstQuarter,
    );
    expect(report).toMatchObject({ completed: 3, open: 1, byOutcome: { nee: 1, aanbevolen: 1, ja: 1 }, becameCase: 1, notBrought: 2, shareBecameCase: 1 / 3 });
  });

  it('counts the instruments and AI Act classes the screenings named, and the departments with the unnamed last', () => {
    const report = toScreeningReport(periodScreenings(), firstQuarter);
    expect(report.byInstrument).toEqual({ dpia: 3, deda: 0, iama: 1, algoritmeregister: 1 });
    expect(report.byAiActClass).toEqual({ prohibited: 0, high: 1, transparency: 1, minimal: 1, none: 2 });
    expect(report.byDepartment).toEqual([
      { department: 'Openbare ruimte, wijkteam@voorbeeldstad.nl', completed: 1, becameCase: 0 },
      { department: 'Sociaal Domein', completed: 2, becameCase: 2 },
      { department: 'Team van Joost Verhoeven', completed: 1, becameCase: 0 },
      { department: '', completed: 1, becameCase: 0 },
    ]);
  });

  it('counts an instrument once per screening', () => {
    const twice = screening('2026-01-05', outcome('ja', { instruments: ['dpia', 'dpia'] }));
    expect(toScreeningReport([twice], firstQuarter).byInstrument.dpia).toBe(1);
  });

  it('has no share when nothing was completed, and still every category', () => {
    expect(toScreeningReport([], firstQuarter)).toEqual({
      completed: 0,
      open: 0,
      byOutcome: { nee: 0, aanbevolen: 0, ja: 0 },
      becameCase: 0,
      notBrought: 0,
      shareBecameCase: null,
      byInstrument: { dpia: 0, deda: 0, iama: 0, algoritmeregister: 0 },
      byAiActClass: { prohibited: 0, high: 0, transparency: 0, minimal: 0, none: 0 },
      byDepartment: [],
    });
  });
});
