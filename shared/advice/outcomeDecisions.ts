import type { Case } from '../cases/caseSchema';
import type { Advice, Conclusion, Publication } from './adviceSchema';
import { checkOutcomeDates } from './dateRules';
import { caseMovedTo, type DecisionEntry } from './decisions';
import { checkPublication } from './publicationRules';
import type { AdviceRefusal } from './versionRules';

/**
 * What happens to an issued advice that makes the public record: the process
 * owner's conclusion and the publication. Like the decisions on a version,
 * one pure function decides and says what to write, so the app alone and the
 * board's server decide exactly alike.
 */
export type OutcomeDecision = { kind: 'conclusion'; conclusion: Conclusion } | { kind: 'publication'; publication: Publication };

export type OutcomeResult =
  | { ok: false; reasons: AdviceRefusal[] }
  | {
      ok: true;
      advice: Advice;
      /** The case moved on (conclusion received, published), when its status rules allow it. */
      case: Case | null;
      audit: DecisionEntry;
    };

/** `today` is the calendar date of `at` where the decision is made, against which the entered dates are checked. */
export function decideOutcome(state: { advice: Advice; case: Case }, decision: OutcomeDecision, at: Date, today: string): OutcomeResult {
  const { advice } = state;
  const stamp = at.toISOString();
  if (decision.kind === 'conclusion') {
    const { conclusion } = decision;
    if (advice.issuedOn === null) return { ok: false, reasons: ['not_issued'] };
    const dates = checkOutcomeDates({ ...advice, conclusion }, 'conclusion', today);
    if (!dates.ok) return dates;
    const next: Advice = { ...advice, conclusion, conclusionRecordedAt: stamp, updatedAt: stamp };
    return {
      ok: true,
      advice: next,
      case: caseMovedTo(state.case, 'conclusie_ontvangen', next, stamp),
      audit: {
        subject: 'conclusion',
        action: advice.conclusion ? 'changed' : 'recorded',
        detail: { decision: conclusion.decision, date: conclusion.receivedOn },
      },
    };
  }
  const { publication } = decision;
  const check = checkPublication(advice, publication, state.case.classification);
  if (!check.ok) return check;
  const dates = checkOutcomeDates({ ...advice, publication }, 'publication', today);
  if (!dates.ok) return dates;
  const next: Advice = { ...advice, publication, updatedAt: stamp };
  return {
    ok: true,
    advice: next,
    case: publication.publishedOn ? caseMovedTo(state.case, 'gepubliceerd', next, stamp) : null,
    audit: {
      subject: 'publication',
      action: publication.publishedOn ? 'published' : 'prepared',
      detail: { date: publication.publishedOn ?? '', url: publication.url },
    },
  };
}
