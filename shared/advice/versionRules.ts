import { isBlankDoc } from '../cases/blankDoc';
import { mayDeliberate } from '../people/boardRules';
import type { ConflictDeclaration } from '../people/boardSchema';
import type { AdviceVersion, Review, VersionStatus } from './adviceSchema';

/*
 * A version moves forward through review to issue. Review can send it back to
 * draft to work in the comments; an approved text that needs changing goes back
 * to draft too. An issued version never moves again: changes need a new version.
 */
const allowedSteps: Readonly<Record<VersionStatus, readonly VersionStatus[]>> = {
  draft: ['review'],
  review: ['draft', 'approved'],
  approved: ['draft', 'issued'],
  issued: [],
};

export type AdviceRefusal =
  | 'frozen'
  | 'not_latest'
  | 'step_not_allowed'
  | 'no_approval'
  | 'missing_topic_summary'
  | 'missing_question'
  | 'missing_recommendation'
  | 'reason_required'
  | 'latest_is_draft'
  | 'not_in_review'
  | 'not_on_board'
  | 'not_taking_part'
  | 'not_issued'
  | 'no_fact_check'
  | 'fact_check_after_issue'
  | 'classification_unchecked'
  | 'no_conclusion'
  | 'confidential_case'
  | 'conclusion_in_future'
  | 'conclusion_before_issue'
  | 'published_before_conclusion'
  | 'discussed_before_conclusion'
  | 'discussed_before_issue'
  | 're_review_before_conclusion'
  | 're_review_before_issue'
  /** Board mode: a decision is the server's, and it could not be reached or has not yet received this machine's last changes. */
  | 'needs_server'
  /** Board mode: the account's role may not take this decision. */
  | 'not_allowed'
  /** A case is no precedent for itself. */
  | 'own_case'
  /** The advice refers to that earlier case already. */
  | 'precedent_linked'
  /** The case has no advice to refer from yet. */
  | 'no_advice'
  /** Board mode: the case still carries its provisional reference ("concept"); an advice goes out under the server's number. */
  | 'no_reference';

export type RuleCheck = { ok: true } | { ok: false; reasons: AdviceRefusal[] };

export const ok: RuleCheck = { ok: true };
export const refuse = (...reasons: AdviceRefusal[]): RuleCheck => ({ ok: false, reasons });

export function nextVersionStatuses(status: VersionStatus): readonly VersionStatus[] {
  return allowedSteps[status];
}

/** Only the newest version, and only while it is a draft, takes edits to its text. */
export function checkEditable(version: Pick<AdviceVersion, 'status' | 'number'>, latestNumber: number): RuleCheck {
  if (version.status === 'issued') return refuse('frozen');
  if (version.number !== latestNumber) return refuse('not_latest');
  if (version.status !== 'draft') return refuse('frozen');
  return ok;
}

/** What an advice must hold before it can go out. */
export function issueRequirements(version: Pick<AdviceVersion, 'sections' | 'recommendations'>): AdviceRefusal[] {
  const missing: AdviceRefusal[] = [];
  if (isBlankDoc(version.sections.topicSummary)) missing.push('missing_topic_summary');
  if (isBlankDoc(version.sections.question)) missing.push('missing_question');
  if (!version.recommendations.some((r) => !isBlankDoc(r.text))) missing.push('missing_recommendation');
  return missing;
}

/** A member who declared a conflict with the measure "neemt niet deel" reviews, comments on and approves nothing of the case. */
export function checkTakesPart(personId: string, conflicts: readonly ConflictDeclaration[]): RuleCheck {
  return mayDeliberate(personId, conflicts) ? ok : refuse('not_taking_part');
}

/** The approvals that count: an approval by someone who has since declared they take no part is void. */
export function countingApprovals<T extends Pick<Review, 'kind' | 'personId'>>(reviews: readonly T[], conflicts: readonly ConflictDeclaration[]): T[] {
  return reviews.filter((r) => r.kind === 'approval' && checkTakesPart(r.personId, conflicts).ok);
}

export function checkStep(
  version: AdviceVersion,
  to: VersionStatus,
  latestNumber: number,
  conflicts: readonly ConflictDeclaration[],
): RuleCheck {
  if (version.status === 'issued') return refuse('frozen');
  if (version.number !== latestNumber) return refuse('not_latest');
  if (!allowedSteps[version.status].includes(to)) return refuse('step_not_allowed');
  if (to === 'approved' && countingApprovals(version.reviews, conflicts).length === 0) return refuse('no_approval');
  if (to === 'issued') {
    const missing = issueRequirements(version);
    if (missing.length > 0) return refuse(...missing);
  }
  return ok;
}

/** Reviews are recorded while a version is in review, by members of the case's board who take part in it. */
export function checkReview(
  version: Pick<AdviceVersion, 'status' | 'number'>,
  latestNumber: number,
  personId: string,
  board: { memberIds: readonly string[]; conflicts: readonly ConflictDeclaration[] },
): RuleCheck {
  if (version.status === 'issued') return refuse('frozen');
  if (version.number !== latestNumber) return refuse('not_latest');
  if (version.status !== 'review') return refuse('not_in_review');
  if (!board.memberIds.includes(personId)) return refuse('not_on_board');
  return checkTakesPart(personId, board.conflicts);
}

/**
 * A new version starts from the newest one. A draft is simply edited, so a new
 * version is made only once the newest has been sent for review or issued.
 */
export function checkNewVersion(latest: Pick<AdviceVersion, 'status'>, reason: string): RuleCheck {
  if (latest.status === 'draft') return refuse('latest_is_draft');
  if (reason.trim() === '') return refuse('reason_required');
  return ok;
}

/**
 * The process owner checks the facts of a version before it is issued: the
 * first, or a new one made after an issue. An issued version is final.
 */
export function checkFactCheckRequest(latest: Pick<AdviceVersion, 'status'>): RuleCheck {
  return latest.status === 'issued' ? refuse('fact_check_after_issue') : ok;
}

/** The copy a new version starts as: the same text, no reviews, a draft again. */
export function nextVersion(
  latest: AdviceVersion,
  ids: { id: string; reason: string },
  now: Date,
): AdviceVersion {
  const stamp = now.toISOString();
  return {
    ...structuredClone(latest),
    id: ids.id,
    number: latest.number + 1,
    status: 'draft',
    reason: ids.reason.trim(),
    reviews: [],
    createdAt: stamp,
    updatedAt: stamp,
    issuedAt: null,
  };
}
