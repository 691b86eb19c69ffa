import { describe, expect, it } from 'vitest';
import { addDays, conclusionDueOn, isConclusionOverdue, isReReviewDue } from '@shared/advice/deadlines';
import { adviceRecord } from '../../../fixtures/advice';

describe('conclusion and re-review deadlines', () => {
  it('adds calendar days across month, year and daylight-saving boundaries', () => {
    expect(addDays('2026-01-31', 1)).toBe('2026-02-01');
    expect(addDays('2026-12-25', 14)).toBe('2027-01-08');
    expect(addDays('2026-03-28', 1)).toBe('2026-03-29');
    expect(addDays('2028-02-28', 1)).toBe('2028-02-29');
  });

  it('expects the conclusion the configured number of weeks after issue', () => {
    expect(conclusionDueOn('2026-06-01', 6)).toBe('2026-07-13');
    expect(conclusionDueOn('2026-06-01', 2)).toBe('2026-06-15');
  });

  it('flags a missing conclusion only after the due date', () => {
    const advice = adviceRecord({ issuedOn: '2026-06-01' });
    expect(isConclusionOverdue(advice, '2026-07-13', 6)).toBe(false);
    expect(isConclusionOverdue(advice, '2026-07-14', 6)).toBe(true);
    expect(isConclusionOverdue(advice, '2026-06-16', 2)).toBe(true);
    const concluded = adviceRecord({ conclusion: { decision: 'adopted', reasons: '', receivedOn: '2026-08-01' } });
    expect(isConclusionOverdue(concluded, '2026-12-01', 6)).toBe(false);
    expect(isConclusionOverdue(adviceRecord({ issuedOn: null }), '2030-01-01', 6)).toBe(false);
  });

  it('flags a re-review from its date on', () => {
    const advice = adviceRecord({ followUp: { discussedOn: null, decision: 'none', reReviewOn: '2027-06-01', note: '' } });
    expect(isReReviewDue(advice, '2027-05-31')).toBe(false);
    expect(isReReviewDue(advice, '2027-06-01')).toBe(true);
    expect(isReReviewDue(adviceRecord(), '2099-01-01')).toBe(false);
  });
});
