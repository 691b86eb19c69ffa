import { describe, expect, it } from 'vitest';
import type { Advice } from '@shared/advice/adviceSchema';
import { checkOutcomeDates, outcomeDateProblems } from '@shared/advice/dateRules';
import { adviceRecord } from '../../../fixtures/advice';

const today = '2026-07-15';
/** Issued on 1 June (the fixture), concluded on `receivedOn`. */
const concluded = (receivedOn: string, overrides: Partial<Advice> = {}) =>
  adviceRecord({ conclusion: { decision: 'adopted', reasons: '', receivedOn }, ...overrides });
const followUp = (discussedOn: string | null, reReviewOn: string | null) => ({ discussedOn, decision: null, reReviewOn, note: '' });
const publishedOn = (date: string) => ({ classificationChecked: true, publicSummary: '', publishedOn: date, url: '' });

describe('dates after issue', () => {
  it('takes a conclusion from the day of issue up to today, not in the future or before the issue', () => {
    expect(checkOutcomeDates(concluded('2026-06-01'), 'conclusion', today)).toEqual({ ok: true });
    expect(checkOutcomeDates(concluded(today), 'conclusion', today)).toEqual({ ok: true });
    expect(checkOutcomeDates(concluded('2026-07-16'), 'conclusion', today)).toEqual({ ok: false, reasons: ['conclusion_in_future'] });
    expect(checkOutcomeDates(concluded('2026-05-31'), 'conclusion', today)).toEqual({ ok: false, reasons: ['conclusion_before_issue'] });
  });

  it('publishes on or after the day of the conclusion', () => {
    expect(checkOutcomeDates(concluded('2026-06-10', { publication: publishedOn('2026-06-10') }), 'publication', today)).toEqual({ ok: true });
    expect(outcomeDateProblems(concluded('2026-06-10', { publication: publishedOn('2026-06-09') }), 'publication', today)).toEqual([
      { reason: 'published_before_conclusion', field: 'publishedOn' },
    ]);
  });

  it('discusses with the alderman on or after the conclusion and re-reviews after it; before a conclusion, after the issue', () => {
    expect(checkOutcomeDates(concluded('2026-06-10', { followUp: followUp('2026-06-10', '2026-06-11') }), 'followUp', today)).toEqual({ ok: true });
    expect(outcomeDateProblems(concluded('2026-06-10', { followUp: followUp('2026-06-09', '2026-06-10') }), 'followUp', today)).toEqual([
      { reason: 'discussed_before_conclusion', field: 'discussedOn' },
      { reason: 're_review_before_conclusion', field: 'reReviewOn' },
    ]);
    expect(outcomeDateProblems(adviceRecord({ followUp: followUp('2026-05-31', '2026-06-01') }), 'followUp', today)).toEqual([
      { reason: 'discussed_before_issue', field: 'discussedOn' },
      { reason: 're_review_before_issue', field: 'reReviewOn' },
    ]);
    // A follow-up may be planned ahead: only the order counts, not today.
    expect(checkOutcomeDates(adviceRecord({ followUp: followUp('2027-01-10', '2028-01-10') }), 'followUp', today)).toEqual({ ok: true });
  });

  it('reports a conclusion moved past stored dates on the conclusion, and never blocks another part for a stored date', () => {
    const stored = concluded('2026-06-20', { publication: publishedOn('2026-06-19'), followUp: followUp('2026-06-19', '2026-06-20') });
    expect(outcomeDateProblems(stored, 'conclusion', today)).toEqual([
      { reason: 'published_before_conclusion', field: 'receivedOn' },
      { reason: 'discussed_before_conclusion', field: 'receivedOn' },
      { reason: 're_review_before_conclusion', field: 'receivedOn' },
    ]);
    expect(checkOutcomeDates(concluded('2026-08-01'), 'followUp', today)).toEqual({ ok: true });
    expect(checkOutcomeDates(concluded('2026-08-01'), 'publication', today)).toEqual({ ok: true });
  });
});
