import type { Advice } from './adviceSchema';

const dayMs = 24 * 60 * 60 * 1000;

/** A calendar date (yyyy-mm-dd) plus whole days; computed in UTC so daylight saving cannot shift it. */
export function addDays(date: string, days: number): string {
  return new Date(Date.parse(`${date}T00:00:00Z`) + days * dayMs).toISOString().slice(0, 10);
}

/** The date by which the process owner's conclusion is expected. */
export function conclusionDueOn(issuedOn: string, termWeeks: number): string {
  return addDays(issuedOn, termWeeks * 7);
}

/** Issued, no conclusion yet, and the term has passed (the due date itself is not late yet). */
export function isConclusionOverdue(
  advice: Pick<Advice, 'issuedOn' | 'conclusion'>,
  today: string,
  termWeeks: number,
): boolean {
  return advice.issuedOn !== null && advice.conclusion === null && conclusionDueOn(advice.issuedOn, termWeeks) < today;
}

/** The re-review date has come (on the day itself it is due). */
export function isReReviewDue(advice: Pick<Advice, 'followUp'>, today: string): boolean {
  return advice.followUp.reReviewOn !== null && advice.followUp.reReviewOn <= today;
}

export interface AdviceFlags {
  conclusionOverdue: boolean;
  reReviewDue: boolean;
}

export function adviceFlags(advice: Pick<Advice, 'issuedOn' | 'conclusion' | 'followUp'>, today: string, termWeeks: number): AdviceFlags {
  return {
    conclusionOverdue: isConclusionOverdue(advice, today, termWeeks),
    reReviewDue: isReReviewDue(advice, today),
  };
}
