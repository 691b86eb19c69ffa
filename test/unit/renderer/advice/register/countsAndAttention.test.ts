import { describe, expect, it } from 'vitest';
import { registerRow } from '@shared/advice/register';
import type { Advice } from '@shared/advice/adviceSchema';
import type { Case } from '@shared/cases/caseSchema';
import { attentionLists, needsAttention } from '../../../../../renderer/advice/register/attention';
import { registerCounts } from '../../../../../renderer/advice/register/registerCounts';
import { adviceRecord } from '../../../../fixtures/advice';
import { caseInput } from '../../../../fixtures/caseInput';

const today = '2026-12-01';
let sequence = 0;
function row(overrides: Partial<Advice> = {}) {
  sequence++;
  const caseId = crypto.randomUUID();
  const kase = { ...caseInput(), id: caseId, reference: `EA-2026-${String(sequence).padStart(3, '0')}`, status: 'advies_uitgebracht' };
  return registerRow(adviceRecord({ caseId, ...overrides }), kase as unknown as Case, today, 6);
}
const followUp = (decision: Advice['followUp']['decision'], reReviewOn: string | null = null) => ({
  discussedOn: '2026-10-01',
  decision,
  reReviewOn,
  note: '',
});
const conclusion = (decision: NonNullable<Advice['conclusion']>['decision']) => ({ decision, reasons: 'Omdat.', receivedOn: '2026-07-01' });

describe('register counts', () => {
  it('counts issued advices, conclusions by decision and follow-up by college and council', () => {
    const rows = [
      row({ conclusion: conclusion('adopted'), followUp: followUp('college') }),
      row({ conclusion: conclusion('adopted'), followUp: followUp('none') }),
      row({ conclusion: conclusion('partly_adopted'), followUp: followUp('raad') }),
      row({ conclusion: conclusion('not_adopted'), followUp: followUp('raad') }),
      row(),
      row({ issuedOn: null, latest: { number: 1, status: 'draft' } }),
    ];
    expect(registerCounts(rows)).toEqual({ issued: 5, adopted: 2, partlyAdopted: 1, notAdopted: 1, college: 1, raad: 2 });
    expect(registerCounts([])).toEqual({ issued: 0, adopted: 0, partlyAdopted: 0, notAdopted: 0, college: 0, raad: 0 });
  });
});

describe('what needs attention', () => {
  it('lists overdue conclusions and due re-reviews, earliest first, and versions in review by reference', () => {
    const lateSecond = row({ issuedOn: '2026-09-01' });
    const lateFirst = row({ issuedOn: '2026-06-01' });
    const onTime = row({ issuedOn: '2026-11-20' });
    const reReviewLater = row({ conclusion: conclusion('adopted'), followUp: followUp('none', '2026-12-01') });
    const reReviewEarlier = row({ conclusion: conclusion('adopted'), followUp: followUp('none', '2026-03-01') });
    const reReviewFuture = row({ conclusion: conclusion('adopted'), followUp: followUp('none', '2027-03-01') });
    const inReview = row({ issuedOn: null, latest: { number: 2, status: 'review' } });
    const lists = attentionLists([lateSecond, onTime, reReviewLater, lateFirst, reReviewFuture, inReview, reReviewEarlier]);

    expect(lists.conclusionOverdue).toEqual([lateFirst, lateSecond]);
    expect(lists.reReviewDue).toEqual([reReviewEarlier, reReviewLater]);
    expect(lists.inReview).toEqual([inReview]);
    expect([lateFirst, reReviewLater, onTime, reReviewFuture].map(needsAttention)).toEqual([true, true, false, false]);
  });
});
