import type { Case } from '../cases/caseSchema';
import { isProvisionalReference } from '../cases/reference';
import { checkTransition, type CaseStatus } from '../cases/status';
import type { ConflictDeclaration } from '../people/boardSchema';
import { adviceEvidence } from './evidence';
import type { Advice, AdviceVersion, AuditEvent, ReviewInput, VersionStatus } from './adviceSchema';
import { checkReview, checkStep, type AdviceRefusal } from './versionRules';

/**
 * The board's decisions on an advice version: a review (comment or approval)
 * and a step of its status, issue included. One pure function decides and
 * says what to write, so the app alone on a computer and the board's server
 * decide exactly alike; the server's answer is the one that counts in board mode.
 */
export type Decision = { kind: 'step'; to: VersionStatus } | { kind: 'review'; review: ReviewInput };

export interface DecisionState {
  version: AdviceVersion;
  advice: Advice;
  case: Case | undefined;
  memberIds: readonly string[];
  conflicts: readonly ConflictDeclaration[];
  /** The register name of whoever reviews. */
  reviewerName: string;
}

export type DecisionEntry = Pick<AuditEvent, 'subject' | 'action' | 'detail'>;

export type DecisionOutcome =
  | { ok: false; reasons: AdviceRefusal[] }
  | {
      ok: true;
      version: AdviceVersion;
      advice: Advice;
      /** The case moved on by an issue, when its status rules allow it. */
      case: Case | null;
      audit: DecisionEntry;
    };

/** `today` is the calendar date of `at` where the decision is made (the issue date on the advice). */
export function decide(state: DecisionState, decision: Decision, at: Date, today: string, newId: () => string): DecisionOutcome {
  const { version, advice } = state;
  const stamp = at.toISOString();
  if (decision.kind === 'review') {
    const { review } = decision;
    const check = checkReview(version, advice.latest.number, review.personId, { memberIds: state.memberIds, conflicts: state.conflicts });
    if (!check.ok) return check;
    const next: AdviceVersion = {
      ...version,
      reviews: [...version.reviews, { ...review, id: newId(), name: state.reviewerName, at: stamp }],
      updatedAt: stamp,
    };
    return {
      ok: true,
      version: next,
      advice: adviceWith(advice, next, at, today),
      case: null,
      audit: { subject: 'review', action: review.kind, detail: { version: version.number, name: state.reviewerName } },
    };
  }
  const check = checkStep(version, decision.to, advice.latest.number, state.conflicts);
  if (!check.ok) return check;
  if (decision.to === 'issued' && state.case && isProvisionalReference(state.case.reference)) return { ok: false, reasons: ['no_reference'] };
  const next: AdviceVersion = { ...version, status: decision.to, updatedAt: stamp, issuedAt: decision.to === 'issued' ? stamp : null };
  const nextAdvice = adviceWith(advice, next, at, today);
  return {
    ok: true,
    version: next,
    advice: nextAdvice,
    case: decision.to === 'issued' && state.case ? caseMovedTo(state.case, 'advies_uitgebracht', nextAdvice, stamp) : null,
    audit: { subject: 'version', action: `status.${decision.to}`, detail: { version: version.number } },
  };
}

/** The advice's summary of its versions, after `version` changed. */
export function adviceWith(advice: Advice, version: AdviceVersion, at: Date, today: string): Advice {
  const { id, number, status, reason, createdAt, issuedAt } = version;
  return {
    ...advice,
    versions: [...advice.versions.filter((v) => v.number !== number), { id, number, status, reason, createdAt, issuedAt }],
    latest: { number, status },
    issuedOn: version.status === 'issued' ? today : advice.issuedOn,
    updatedAt: at.toISOString(),
  };
}

/** The case moved to `to` after a decision on its advice, or null when its status rules do not allow that step. */
export function caseMovedTo(current: Case, to: CaseStatus, advice: Advice, stamp: string): Case | null {
  if (!checkTransition(current, to, adviceEvidence(advice)).ok) return null;
  return { ...current, status: to, statusHistory: [...current.statusHistory, { from: current.status, to, at: stamp }], updatedAt: stamp };
}
