import {
  adviceSchema,
  conclusionInputSchema,
  factCheckSchema,
  followUpSchema,
  publicationSchema,
  type Advice,
  type AuditEvent,
  type ConclusionInput,
  type FollowUp,
  type Publication,
} from '@shared/advice/adviceSchema';
import { checkOutcomeDates } from '@shared/advice/dateRules';
import { decideOutcome, type OutcomeDecision } from '@shared/advice/outcomeDecisions';
import { caseSchema } from '@shared/cases/caseSchema';
import { checkFactCheckRequest, type AdviceRefusal } from '@shared/advice/versionRules';
import { parseOrThrow } from '@shared/util/validation';
import { localToday, systemClock, type Clock } from '../db/clock';
import type { BeraadDb } from '../db/database';
import type { Outcome } from './adviceRepository';
import { createAuditLog } from './auditLog';

const refused = <T>(...reasons: AdviceRefusal[]): Outcome<T> => ({ ok: false, reasons });

/**
 * What happens to an advice once it is out: the factual check, the process
 * owner's conclusion, the follow-up with the alderman and the publication.
 */
export function createAdviceOutcomeRepository(db: BeraadDb, clock: Clock = systemClock) {
  const audit = createAuditLog(db);

  /** Reads, changes and stores the advice in one transaction, with one audit entry. */
  function change(
    caseId: string,
    by: string,
    work: (advice: Advice, caseClassification: string) => Outcome<{ advice: Advice; entry: Omit<AuditEvent, 'id' | 'caseId' | 'at' | 'actor'> }>,
  ): Promise<Outcome<Advice>> {
    return db.transaction('rw', [db.advices, db.auditEvents, db.cases], async () => {
      const advice = await db.advices.get(caseId);
      const kase = await db.cases.get(caseId);
      if (!advice || !kase) throw new Error(`Advies voor casus ${caseId} ontbreekt`);
      const result = work(advice, kase.classification);
      if (!result.ok) return result;
      const at = clock();
      const next = parseOrThrow(adviceSchema, { ...result.value.advice, updatedAt: at.toISOString() });
      await db.advices.put(next);
      await audit.append(caseId, at, by, result.value.entry);
      return { ok: true, value: next };
    });
  }

  /** Alone on this computer: decided by the same rule the board's server applies in board mode. */
  function decideHere(caseId: string, decision: OutcomeDecision, by: string): Promise<Outcome<Advice>> {
    return db.transaction('rw', [db.advices, db.auditEvents, db.cases], async () => {
      const [advice, kase] = await Promise.all([db.advices.get(caseId), db.cases.get(caseId)]);
      if (!advice || !kase) throw new Error(`Advies voor casus ${caseId} ontbreekt`);
      const at = clock();
      const outcome = decideOutcome({ advice, case: kase }, decision, at, localToday(at));
      if (!outcome.ok) return outcome;
      const next = parseOrThrow(adviceSchema, outcome.advice);
      await db.advices.put(next);
      if (outcome.case) await db.cases.put(parseOrThrow(caseSchema, outcome.case));
      await audit.append(caseId, at, by, outcome.audit);
      return { ok: true, value: next };
    });
  }

  return {
    get: (caseId: string) => db.advices.get(caseId),

    /**
     * Asks the process owner to check the facts of a version before it is
     * issued: the first, or a later one made after an issue. A new request
     * replaces the previous one; the trail keeps both.
     */
    requestFactCheck(caseId: string, versionNumber: number, requestedOn: string, by: string) {
      const factCheck = parseOrThrow(factCheckSchema, { versionNumber, requestedOn, respondedOn: null, response: '' });
      return change(caseId, by, (advice) => {
        const allowed = checkFactCheckRequest(advice.latest);
        if (!allowed.ok) return refused(...allowed.reasons);
        return {
          ok: true,
          value: {
            advice: { ...advice, factCheck },
            entry: { subject: 'factCheck', action: 'requested', detail: { version: versionNumber, date: requestedOn } },
          },
        };
      });
    },

    recordFactCheckResponse(caseId: string, respondedOn: string, response: string, by: string) {
      return change(caseId, by, (advice) => {
        if (!advice.factCheck) return refused('no_fact_check');
        const factCheck = parseOrThrow(factCheckSchema, { ...advice.factCheck, respondedOn, response });
        return {
          ok: true,
          value: {
            advice: { ...advice, factCheck },
            entry: { subject: 'factCheck', action: 'responded', detail: { date: respondedOn } },
          },
        };
      });
    },

    /** The process owner's conclusion; moves the case to "conclusie ontvangen" when it can. */
    async recordConclusion(caseId: string, input: ConclusionInput, by: string): Promise<Outcome<Advice>> {
      return decideHere(caseId, { kind: 'conclusion', conclusion: parseOrThrow(conclusionInputSchema, input) }, by);
    },

    saveFollowUp(caseId: string, input: FollowUp, by: string) {
      const followUp = parseOrThrow(followUpSchema, input);
      return change(caseId, by, (advice) => {
        if (advice.issuedOn === null) return refused('not_issued');
        const dates = checkOutcomeDates({ ...advice, followUp }, 'followUp', localToday(clock()));
        if (!dates.ok) return dates;
        return {
          ok: true,
          value: {
            advice: { ...advice, followUp },
            entry: {
              subject: 'followUp',
              action: 'saved',
              detail: {
                decision: followUp.decision ?? '',
                discussedOn: followUp.discussedOn ?? '',
                reReviewOn: followUp.reReviewOn ?? '',
              },
            },
          },
        };
      });
    },

    /** Publication details; a publication date moves the case to "gepubliceerd" when it can. */
    async savePublication(caseId: string, input: Publication, by: string): Promise<Outcome<Advice>> {
      return decideHere(caseId, { kind: 'publication', publication: parseOrThrow(publicationSchema, input) }, by);
    },
  };
}

export type AdviceOutcomeRepository = ReturnType<typeof createAdviceOutcomeRepository>;
