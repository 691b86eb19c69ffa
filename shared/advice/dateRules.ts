import type { Advice } from './adviceSchema';
import { ok, refuse, type AdviceRefusal, type RuleCheck } from './versionRules';

/** The part of an advice's outcome that one form saves. */
export type OutcomePart = 'conclusion' | 'followUp' | 'publication';

/** The date field of that part a problem belongs to, so a form can show it there. */
export type OutcomeDateField = 'receivedOn' | 'discussedOn' | 'reReviewOn' | 'publishedOn';

export interface OutcomeDateProblem {
  reason: AdviceRefusal;
  field: OutcomeDateField;
}

type OutcomeDates = Pick<Advice, 'issuedOn' | 'conclusion' | 'followUp' | 'publication'>;

/**
 * After issue the dates follow each other: the conclusion arrives on or after
 * the issue and not after today; the discussion with the alderman and the
 * publication come on or after the conclusion, a re-review after it. Until
 * there is a conclusion the follow-up is measured against the issue.
 *
 * Says what is wrong with the dates of `advice` as it would be once `changed`
 * is saved, each problem on the changed part's own field. Only orderings that
 * involve the changed part are reported, so a date stored earlier does not
 * block saving another part. ISO dates (yyyy-mm-dd) compare as strings.
 */
export function outcomeDateProblems(advice: OutcomeDates, changed: OutcomePart, today: string): OutcomeDateProblem[] {
  const { issuedOn, conclusion, followUp, publication } = advice;
  const concludedOn = conclusion?.receivedOn ?? null;
  const problems: OutcomeDateProblem[] = [];
  const problem = (reason: AdviceRefusal, field: OutcomeDateField) => problems.push({ reason, field });

  if (changed === 'conclusion' && concludedOn !== null) {
    if (concludedOn > today) problem('conclusion_in_future', 'receivedOn');
    if (issuedOn !== null && concludedOn < issuedOn) problem('conclusion_before_issue', 'receivedOn');
    if (publication.publishedOn !== null && publication.publishedOn < concludedOn) problem('published_before_conclusion', 'receivedOn');
    if (followUp.discussedOn !== null && followUp.discussedOn < concludedOn) problem('discussed_before_conclusion', 'receivedOn');
    if (followUp.reReviewOn !== null && followUp.reReviewOn <= concludedOn) problem('re_review_before_conclusion', 'receivedOn');
  }
  if (changed === 'followUp') {
    const since = concludedOn ?? issuedOn;
    if (since !== null && followUp.discussedOn !== null && followUp.discussedOn < since) {
      problem(concludedOn ? 'discussed_before_conclusion' : 'discussed_before_issue', 'discussedOn');
    }
    if (since !== null && followUp.reReviewOn !== null && followUp.reReviewOn <= since) {
      problem(concludedOn ? 're_review_before_conclusion' : 're_review_before_issue', 'reReviewOn');
    }
  }
  if (changed === 'publication' && concludedOn !== null && publication.publishedOn !== null && publication.publishedOn < concludedOn) {
    problem('published_before_conclusion', 'publishedOn');
  }
  return problems;
}

/** The same rule as one answer, for the repository: every reason once. */
export function checkOutcomeDates(advice: OutcomeDates, changed: OutcomePart, today: string): RuleCheck {
  const reasons = [...new Set(outcomeDateProblems(advice, changed, today).map((p) => p.reason))];
  return reasons.length > 0 ? refuse(...reasons) : ok;
}
