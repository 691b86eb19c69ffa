import { beforeEach, describe, expect, it, vi } from 'vitest';
import { filterByPeriod } from '@shared/advice/register';
import { createAdviceRegisterQuery } from '../../../../renderer/advice/adviceRegisterQuery';
import { createCaseRepository } from '../../../../renderer/cases/caseRepository';
import type { BeraadDb } from '../../../../renderer/db/database';
import { adviceRecord } from '../../../fixtures/advice';
import { caseInput } from '../../../fixtures/caseInput';
import { testDatabase } from '../db/testDatabase';

const today = '2026-12-01';

describe('advice register query', () => {
  let db: BeraadDb;

  /** Ten advices issued on the 1st to the 10th of June (two on the 4th), and one still in draft, started on 20 June. */
  beforeEach(async () => {
    db = testDatabase();
    const cases = await createCaseRepository(db).register(
      Array.from({ length: 11 }, () => ({ input: caseInput() })),
      'EA-{nnn}',
    );
    await db.advices.bulkPut(
      cases.map((kase, index) =>
        index < 10
          ? adviceRecord({ caseId: kase.id, issuedOn: `2026-06-${String(index === 4 ? 4 : index + 1).padStart(2, '0')}` })
          : adviceRecord({ caseId: kase.id, issuedOn: null, createdAt: '2026-06-20T09:00:00.000Z' }),
      ),
    );
    // The advice of 10 June belongs to an archived case: the register leaves it out.
    await db.cases.update(cases[9]!.id, { archivedAt: '2026-07-01T10:00:00.000Z' });
  });

  it('reads the newest screenful first, by the date each advice counts under, and only those advices’ cases', async () => {
    const bulkGet = vi.spyOn(db.cases, 'bulkGet');
    const newest = await createAdviceRegisterQuery(db).newest(today, 6, 3);

    expect(newest.map((row) => row.issuedOn ?? row.startedOn)).toEqual(['2026-06-20', '2026-06-09']);
    expect(bulkGet).toHaveBeenCalledTimes(1);
    expect(bulkGet.mock.calls[0]![0]).toHaveLength(3);
  });

  it('shows the same first rows, in the same order, as the whole register once it is read', async () => {
    const query = createAdviceRegisterQuery(db);
    const whole = filterByPeriod(await query.rows(today, 6), {});
    for (const limit of [1, 4, 5, 6, 11]) {
      const newest = await query.newest(today, 6, limit);
      expect(newest.map((row) => row.caseId)).toEqual(whole.slice(0, newest.length).map((row) => row.caseId));
    }
  });

  it('reads every advice of a case not archived for the whole register', async () => {
    const rows = await createAdviceRegisterQuery(db).rows(today, 6);
    expect(rows).toHaveLength(10);
  });
});
