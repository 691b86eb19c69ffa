import { randomUUID } from 'node:crypto';
import type { Hocuspocus } from '@hocuspocus/server';
import type * as Y from 'yjs';
import { boardRoles } from '@shared/accounts/accountRoles';
import { documentAccess, ownsCase } from '@shared/accounts/documentAccess';
import { adviceSchema, adviceVersionSchema, auditEventSchema, type AdviceVersion } from '@shared/advice/adviceSchema';
import type { DecisionAnswer, DecisionRequest } from '@shared/advice/decisionRequest';
import { decide, type Decision, type DecisionEntry, type DecisionOutcome } from '@shared/advice/decisions';
import { decideOutcome, type OutcomeDecision } from '@shared/advice/outcomeDecisions';
import type { OutcomeAnswer, OutcomeRequest } from '@shared/advice/outcomeRequest';
import { caseSchema } from '@shared/cases/caseSchema';
import { caseBoardSchema } from '@shared/people/boardSchema';
import { personSchema } from '@shared/people/personSchema';
import { boardDocumentName, caseDocumentName } from '@shared/sync/protocol';
import { readRecord, writeRecord } from '@shared/sync/recordMap';
import { readRecordWithText } from '@shared/sync/sharedText';
import { canonicalJson } from '@shared/util/canonicalJson';
import type { AccountStore, StoredAccount } from '../accounts/accountStore';
import { sha256 } from '../accounts/secrets';
import { changeAtOnce } from '../changeAtOnce';

/** Who may issue: the facilitator who drafted the advice and the secretary who sends it; the board approves. */
const issuers = ['secretaris', 'procesbegeleider'];

/**
 * Who records what comes of an issued advice: the conclusion, by the process
 * owner themselves (for their own case only) or, as they send it, by the
 * facilitator or the secretary; the publication, by the secretary, who keeps
 * the register and publishes.
 */
const outcomeRoles: Record<OutcomeDecision['kind'], readonly string[]> = {
  conclusion: ['secretaris', 'procesbegeleider', 'proceseigenaar'],
  publication: ['secretaris'],
};

type Refused = { kind: 'forbidden' } | { kind: 'not_found' };
export type DecisionResult = { kind: 'answered'; answer: DecisionAnswer } | Refused;
export type OutcomeResult = { kind: 'answered'; answer: OutcomeAnswer } | Refused;

/**
 * Decides an advice decision, and records a conclusion or publication, as the
 * signed-in person, by the same rules the app applies alone
 * (shared/advice/decisions, outcomeDecisions), and writes the outcome into
 * the case's document in one transaction, stored before the answer goes out.
 * An issued version is also kept in the server's own table with its SHA-256,
 * and every decision, refused ones too, goes into the hash-chained audit log.
 */
export function createDecisionService(store: AccountStore) {
  async function audit(account: StoredAccount, caseId: string, outcome: string): Promise<void> {
    await store.appendAudit({ accountId: account.id, accountName: account.name, action: 'decision', target: caseDocumentName(caseId), outcome }, new Date());
  }

  return {
    async decide(instance: Hocuspocus, account: StoredAccount, request: DecisionRequest): Promise<DecisionResult> {
      const { caseId } = request;
      if (!boardRoles.includes(account.role)) return { kind: 'forbidden' };
      if (request.decision.kind === 'step' && request.decision.to === 'issued' && !issuers.includes(account.role)) {
        await audit(account, caseId, 'forbidden:status.issued');
        return { kind: 'forbidden' };
      }
      const board = await instance.openDirectConnection(boardDocumentName, { decidedBy: account.id });
      const connection = await instance.openDirectConnection(caseDocumentName(caseId), { decidedBy: account.id });
      try {
        let result: DecisionResult = { kind: 'not_found' };
        const at = new Date();
        await changeAtOnce(connection, (doc) => {
          result = decideIn(doc, board.document!, account, request, at);
        });
        const answered = result as DecisionResult;
        if (answered.kind !== 'answered') return answered;
        const { answer } = answered;
        if (answer.ok && answer.version.status === 'issued') await keepIssued(answer.version, account);
        await audit(account, caseId, answer.ok ? `${request.decision.kind === 'step' ? `status.${request.decision.to}` : request.decision.reviewKind}` : answer.reasons.join(','));
        return answered;
      } finally {
        await connection.disconnect();
        await board.disconnect();
      }
    },

    recordOutcome,
  };

  /**
   * Records the conclusion or the publication of an issued advice as the
   * signed-in person, by the rule the app applies alone, in one transaction of
   * the case's document, stored before the answer goes out.
   */
  async function recordOutcome(instance: Hocuspocus, account: StoredAccount, request: OutcomeRequest): Promise<OutcomeResult> {
    const { caseId, decision } = request;
    // A process owner's other cases are not theirs to open, not even to find out they exist.
    if (!outcomeRoles[decision.kind].includes(account.role) || (account.role === 'proceseigenaar' && !ownsCase(account, caseId))) {
      await audit(account, caseId, `forbidden:${decision.kind}`);
      return { kind: 'forbidden' };
    }
    const connection = await instance.openDirectConnection(caseDocumentName(caseId), { decidedBy: account.id });
    try {
      let result: OutcomeResult = { kind: 'not_found' };
      await changeAtOnce(connection, (doc) => {
        result = outcomeIn(doc, account, request, new Date());
      });
      const answered = result as OutcomeResult;
      if (answered.kind === 'answered') await audit(account, caseId, answered.answer.ok ? decision.kind : answered.answer.reasons.join(','));
      return answered;
    } finally {
      await connection.disconnect();
    }
  }

  async function keepIssued(version: AdviceVersion, account: StoredAccount): Promise<void> {
    const content = canonicalJson(version);
    await store.recordIssued({
      versionId: version.id,
      caseId: version.caseId,
      number: version.number,
      sha256: sha256(content),
      content,
      issuedAt: version.issuedAt ?? new Date().toISOString(),
      accountId: account.id,
    });
  }
}

export type DecisionService = ReturnType<typeof createDecisionService>;

/** The conclusion or publication decided on the case's document as it stands, and written into it. */
function outcomeIn(doc: Y.Doc, account: StoredAccount, request: OutcomeRequest, at: Date): OutcomeResult {
  const { caseId } = request;
  const advice = adviceSchema.safeParse(readRecord(doc, 'advices', caseId));
  const theCase = caseSchema.safeParse(readRecord(doc, 'cases', caseId));
  if (!advice.success || !theCase.success) return { kind: 'not_found' };
  const caseBoard = caseBoardSchema.safeParse(readRecord(doc, 'caseBoards', caseId));
  const access = ownsCase(account, caseId) ? 'write' : documentAccess(account, { kind: 'case', caseId }, caseBoard.success ? caseBoard.data.conflicts : []);
  if (access === 'none') return { kind: 'forbidden' };
  if (access === 'read') return { kind: 'answered', answer: { ok: false, reasons: ['not_taking_part'] } };
  const outcome = decideOutcome({ advice: advice.data, case: theCase.data }, request.decision, at, at.toLocaleDateString('sv-SE'));
  if (!outcome.ok) return { kind: 'answered', answer: { ok: false, reasons: outcome.reasons } };
  writeRecord(doc, 'advices', caseId, outcome.advice, null);
  if (outcome.case) writeRecord(doc, 'cases', caseId, outcome.case, null);
  writeAudit(doc, caseId, outcome.audit, account, at);
  return { kind: 'answered', answer: { ok: true, advice: outcome.advice } };
}

/** The case's own trail, beside the server's: the entry the app shows, with the signed-in person's name. */
function writeAudit(doc: Y.Doc, caseId: string, audit: DecisionEntry, account: StoredAccount, at: Date): void {
  const entry = auditEventSchema.parse({ ...audit, id: randomUUID(), caseId, at: at.toISOString(), actor: account.name });
  writeRecord(doc, 'auditEvents', entry.id, entry, null);
}

/** Reads what the rule needs from the documents, decides, and writes the outcome; all inside one transaction of the case's document. */
function decideIn(doc: Y.Doc, boardDoc: Y.Doc, account: StoredAccount, request: DecisionRequest, at: Date): DecisionResult {
  const { caseId, versionId } = request;
  // A draft's text as typed together, so a decision on it (sending it for review) fixes what everyone typed.
  const version = adviceVersionSchema.safeParse(readRecordWithText(doc, 'adviceVersions', versionId));
  const advice = adviceSchema.safeParse(readRecord(doc, 'advices', caseId));
  if (!version.success || !advice.success || version.data.caseId !== caseId) return { kind: 'not_found' };
  const caseBoard = caseBoardSchema.safeParse(readRecord(doc, 'caseBoards', caseId));
  const conflicts = caseBoard.success ? caseBoard.data.conflicts : [];
  const access = documentAccess(account, { kind: 'case', caseId }, conflicts);
  if (access === 'none') return { kind: 'forbidden' };
  if (access === 'read') return { kind: 'answered', answer: { ok: false, reasons: ['not_taking_part'] } };

  let decision: Decision;
  if (request.decision.kind === 'step') decision = { kind: 'step', to: request.decision.to };
  else if (account.personId === null) return { kind: 'answered', answer: { ok: false, reasons: ['not_on_board'] } };
  else decision = { kind: 'review', review: { personId: account.personId, kind: request.decision.reviewKind, comment: request.decision.comment } };

  const person = account.personId === null ? null : personSchema.safeParse(readRecord(boardDoc, 'people', account.personId));
  const theCase = caseSchema.safeParse(readRecord(doc, 'cases', caseId));
  const outcome: DecisionOutcome = decide(
    {
      version: version.data,
      advice: advice.data,
      case: theCase.success ? theCase.data : undefined,
      memberIds: caseBoard.success ? caseBoard.data.members.map((member) => member.personId) : [],
      conflicts,
      reviewerName: person?.success ? person.data.name : account.name,
    },
    decision,
    at,
    at.toLocaleDateString('sv-SE'),
    randomUUID,
  );
  if (!outcome.ok) return { kind: 'answered', answer: { ok: false, reasons: outcome.reasons } };

  writeRecord(doc, 'adviceVersions', versionId, outcome.version, null);
  writeRecord(doc, 'advices', caseId, outcome.advice, null);
  if (outcome.case) writeRecord(doc, 'cases', caseId, outcome.case, null);
  writeAudit(doc, caseId, outcome.audit, account, at);
  return { kind: 'answered', answer: { ok: true, version: outcome.version } };
}
