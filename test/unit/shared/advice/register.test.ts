import { describe, expect, it } from 'vitest';
import { filterByPeriod, registerRow } from '@shared/advice/register';
import type { Case } from '@shared/cases/caseSchema';
import { adviceRecord } from '../../../fixtures/advice';
import { caseInput } from '../../../fixtures/caseInput';

const kase = { ...caseInput(), id: crypto.randomUUID(), reference: 'EA-2026-001', status: 'advies_uitgebracht' } as unknown as Case;
const row = (issuedOn: string | null, createdAt = '2026-01-10T09:00:00.000Z') =>
  registerRow(adviceRecord({ issuedOn, createdAt }), kase, '2026-12-01', 6);

describe('advice register', () => {
  it('describes an advice with its due conclusion and flags', () => {
    const r = row('2026-06-01');
    expect(r).toMatchObject({ reference: 'EA-2026-001', issuedOn: '2026-06-01', conclusionDueOn: '2026-07-13' });
    expect(r.flags.conclusionOverdue).toBe(true);
  });

  it('filters by period on the issue date, or the start date of an advice not yet issued, both ends included', () => {
    const rows = [row('2026-03-31'), row('2026-04-01'), row('2026-06-30'), row('2026-07-01'), row(null, '2026-05-05T09:00:00.000Z')];
    const q2 = filterByPeriod(rows, { from: '2026-04-01', to: '2026-06-30' });
    expect(q2.map((r) => r.issuedOn ?? r.startedOn)).toEqual(['2026-06-30', '2026-05-05', '2026-04-01']);
    expect(filterByPeriod(rows, { from: '2026-07-01' })).toHaveLength(1);
    expect(filterByPeriod(rows, {})).toHaveLength(5);
  });
});
