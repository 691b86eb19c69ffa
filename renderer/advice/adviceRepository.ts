import Dexie from 'dexie';
import { sectionKeys } from '@shared/advice/sectionKeys';
import { adviceSchema, adviceVersionSchema, emptyFollowUp, emptyPublication, reviewInputSchema, type Advice, type AdviceVersion, type Recommendation, type ReviewInput, type VersionStatus, type VersionSummary } from '@shared/advice/adviceSchema';
import { prefillAdvice, workingFacts, type PrefillLabels } from '@shared/advice/prefill';
import { adviceWith, decide, type Decision } from '@shared/advice/decisions';
import { checkAddPrecedent, withoutPrecedent, withPrecedent } from '@shared/advice/precedents';
import { checkEditable, checkNewVersion, nextVersion, type AdviceRefusal } from '@shared/advice/versionRules';
import { mergeById } from '@shared/util/mergeById';
import { parseOrThrow } from '@shared/util/validation';
import type { CaseRepository } from '../cases/caseRepository';
import { localToday, systemClock, type Clock } from '../db/clock';
import type { BeraadDb } from '../db/database';
import { readPrefillSource } from './adviceSources';
import { createAuditLog } from './auditLog';

export type Outcome<T> = { ok: true; value: T } | { ok: false; reasons: AdviceRefusal[] };

/** The parts of a version the facilitator edits. */
export type VersionContent = Pick<AdviceVersion, 'sections' | 'confidentialSections' | 'recommendations'>;

export interface LoadedAdvice {
  advice: Advice;
  versions: VersionSummary[];
  latest: AdviceVersion;
}

const refused = <T>(reasons: AdviceRefusal[]): Outcome<T> => ({ ok: false, reasons });
const done = <T>(value: T): Outcome<T> => ({ ok: true, value });

/** Which parts of the text differ, named by section key or `recommendations`. */
function changedParts(before: VersionContent, after: VersionContent): string[] {
  const parts: string[] = sectionKeys.filter(
    (key) => JSON.stringify(before.sections[key]) !== JSON.stringify(after.sections[key]),
  );
  if (JSON.stringify(before.recommendations) !== JSON.stringify(after.recommendations)) parts.push('recommendations');
  if (JSON.stringify(before.confidentialSections) !== JSON.stringify(after.confidentialSections)) parts.push('confidential');
  return parts;
}

/**
 * Drafting, review and issue of a case's advice. Every change goes through a
 * rule in shared/advice/versionRules and leaves an audit entry; an issued
 * version is never written again by any method here.
 */
export function createAdviceRepository(db: BeraadDb, cases: CaseRepository, clock: Clock = systemClock) {
  const audit = createAuditLog(db);
  const versionsOf = (caseId: string) =>
    db.adviceVersions.where('[caseId+number]').between([caseId, Dexie.minKey], [caseId, Dexie.maxKey]);
  const latestOf = async (caseId: string) => versionsOf(caseId).last();
  const tables = [db.advices, db.adviceVersions, db.auditEvents, db.cases, db.caseBoards, db.people];

  async function writeVersion(version: AdviceVersion, advice: Advice, at: Date): Promise<void> {
    await db.adviceVersions.put(parseOrThrow(adviceVersionSchema, version));
    await db.advices.put(parseOrThrow(adviceSchema, adviceWith(advice, version, at, localToday(at))));
  }

  /** A decision made on this computer, by the same rule the board's server applies (shared/advice/decisions). */
  function decideHere(versionId: string, decision: Decision, by: string): Promise<Outcome<AdviceVersion>> {
    return withVersion(versionId, async (version, advice) => {
      const board = await db.caseBoards.get(version.caseId);
      const reviewer = decision.kind === 'review' ? await db.people.get(decision.review.personId) : undefined;
      const at = clock();
      const outcome = decide(
        { version, advice, case: undefined, memberIds: board?.members.map((m) => m.personId) ?? [], conflicts: board?.conflicts ?? [], reviewerName: reviewer?.name ?? '' },
        decision,
        at,
        localToday(at),
        () => crypto.randomUUID(),
      );
      if (!outcome.ok) return refused(outcome.reasons);
      await db.adviceVersions.put(parseOrThrow(adviceVersionSchema, outcome.version));
      await db.advices.put(parseOrThrow(adviceSchema, outcome.advice));
      await audit.append(version.caseId, at, by, outcome.audit);
      if (outcome.version.status === 'issued') await cases.changeStatus(version.caseId, 'advies_uitgebracht');
      return done(outcome.version);
    });
  }

  /** Loads the version and the newest number together, so every rule sees the same state. */
  async function withVersion<T>(
    versionId: string,
    work: (version: AdviceVersion, advice: Advice, latestNumber: number) => Promise<Outcome<T>>,
  ): Promise<Outcome<T>> {
    return db.transaction('rw', tables, async () => {
      const version = await db.adviceVersions.get(versionId);
      if (!version) throw new Error(`Adviesversie ${versionId} bestaat niet`);
      const advice = await db.advices.get(version.caseId);
      if (!advice) throw new Error(`Advies voor casus ${version.caseId} ontbreekt`);
      return work(version, advice, advice.latest.number);
    });
  }

  return {
    audit: audit.forCase,

    /** The advice with only its newest text: older versions are read when asked for. */
    async load(caseId: string): Promise<LoadedAdvice | undefined> {
      return db.transaction('r', [db.advices, db.adviceVersions], async () => {
        const advice = await db.advices.get(caseId);
        if (!advice) return undefined;
        const latest = await db.adviceVersions.get(advice.versions.at(-1)!.id);
        return { advice, latest: latest!, versions: advice.versions };
      });
    },

    getVersion: (id: string) => db.adviceVersions.get(id),

    versionsByNumber: (caseId: string, numbers: readonly number[]) =>
      db.adviceVersions.where('[caseId+number]').anyOf(numbers.map((n) => [caseId, n])).toArray()
        .then((found) => numbers.map((n) => found.find((v) => v.number === n))),

    /** Starts the advice of a case as a draft pre-filled from the deliberation records. */
    async start(caseId: string, labels: PrefillLabels, by: string): Promise<LoadedAdvice> {
      const source = await readPrefillSource(db, caseId);
      if (!source) throw new Error(`Casus ${caseId} bestaat niet`);
      const prefill = prefillAdvice(source, labels, () => crypto.randomUUID());
      await db.transaction('rw', tables, async () => {
        if (await db.advices.get(caseId)) return;
        const at = clock();
        const stamp = at.toISOString();
        const version: AdviceVersion = {
          id: crypto.randomUUID(),
          caseId,
          number: 1,
          status: 'draft',
          reason: '',
          ...prefill,
          confidentialSections: [],
          reviews: [],
          createdAt: stamp,
          updatedAt: stamp,
          issuedAt: null,
        };
        const advice: Advice = {
          caseId,
          versions: [],
          latest: { number: 1, status: 'draft' },
          issuedOn: null,
          factCheck: null,
          conclusion: null,
          conclusionRecordedAt: null,
          followUp: emptyFollowUp,
          publication: emptyPublication,
          createdAt: stamp,
          updatedAt: stamp,
        };
        await writeVersion(version, advice, at);
        await audit.append(caseId, at, by, { subject: 'advice', action: 'started', detail: {} });
      });
      return (await this.load(caseId))!;
    },

    /**
     * Autosave of the text; refused for anything but the newest draft.
     * `recommendationsBase` is the stored list the editor started from: the
     * recommendations are then merged into the list as stored now (another
     * member may have added or changed one meanwhile) instead of written over it.
     */
    saveContent(versionId: string, edited: VersionContent, by: string, recommendationsBase?: readonly Recommendation[]): Promise<Outcome<AdviceVersion>> {
      return withVersion(versionId, async (version, advice, latestNumber) => {
        const check = checkEditable(version, latestNumber);
        if (!check.ok) return refused(check.reasons);
        const content =
          recommendationsBase === undefined ? edited : { ...edited, recommendations: mergeById(recommendationsBase, edited.recommendations, version.recommendations) };
        const parts = changedParts(version, content);
        if (parts.length === 0) return done(version);
        const at = clock();
        const next = { ...version, ...content, updatedAt: at.toISOString() };
        await writeVersion(next, advice, at);
        await audit.appendEdit(version.caseId, at, by, {
          subject: 'version',
          action: 'edited',
          detail: { version: version.number, parts: parts.join(',') },
        });
        return done(next);
      });
    },

    /** Re-reads methods, meetings and participants from the meeting data into the draft. */
    async refreshWorking(versionId: string, by: string): Promise<Outcome<AdviceVersion>> {
      const version = await db.adviceVersions.get(versionId);
      if (!version) throw new Error(`Adviesversie ${versionId} bestaat niet`);
      const source = await readPrefillSource(db, version.caseId);
      if (!source) throw new Error(`Casus ${version.caseId} bestaat niet`);
      return withVersion(versionId, async (current, advice, latestNumber) => {
        const check = checkEditable(current, latestNumber);
        if (!check.ok) return refused(check.reasons);
        const at = clock();
        const next = { ...current, working: workingFacts(source), updatedAt: at.toISOString() };
        await writeVersion(next, advice, at);
        await audit.append(current.caseId, at, by, {
          subject: 'version',
          action: 'workingRefreshed',
          detail: { version: current.number },
        });
        return done(next);
      });
    },

    /**
     * Refers the newest draft of the case's advice to an earlier case as
     * precedent, with its reference number, title and the day its advice was
     * issued as they are now.
     */
    addPrecedent(caseId: string, precedentCaseId: string, by: string): Promise<Outcome<AdviceVersion>> {
      return db.transaction('rw', tables, async () => {
        const [version, advice, earlier, earlierAdvice] = await Promise.all([
          latestOf(caseId),
          db.advices.get(caseId),
          db.cases.get(precedentCaseId),
          db.advices.get(precedentCaseId),
        ]);
        if (!version || !advice) return refused<AdviceVersion>(['no_advice']);
        if (!earlier) throw new Error(`Casus ${precedentCaseId} bestaat niet`);
        const check = checkAddPrecedent(version, advice.latest.number, precedentCaseId);
        if (!check.ok) return refused<AdviceVersion>(check.reasons);
        const at = clock();
        const precedent = { caseId: earlier.id, reference: earlier.reference, title: earlier.title, adviceIssuedOn: earlierAdvice?.issuedOn ?? null };
        const next = { ...withPrecedent(version, precedent), updatedAt: at.toISOString() };
        await writeVersion(next, advice, at);
        await audit.append(caseId, at, by, { subject: 'version', action: 'precedentAdded', detail: { version: version.number, reference: earlier.reference } });
        return done(next);
      });
    },

    /** Takes a reference to an earlier case out of the draft again. */
    removePrecedent(versionId: string, precedentCaseId: string, by: string): Promise<Outcome<AdviceVersion>> {
      return withVersion(versionId, async (version, advice, latestNumber) => {
        const check = checkEditable(version, latestNumber);
        if (!check.ok) return refused(check.reasons);
        const removed = version.precedents?.find((precedent) => precedent.caseId === precedentCaseId);
        if (!removed) return done(version);
        const at = clock();
        const next = { ...withoutPrecedent(version, precedentCaseId), updatedAt: at.toISOString() };
        await writeVersion(next, advice, at);
        await audit.append(version.caseId, at, by, { subject: 'version', action: 'precedentRemoved', detail: { version: version.number, reference: removed.reference } });
        return done(next);
      });
    },

    /** Moves a version along draft → review → approved → issued; issuing also moves the case on when it can. */
    step(versionId: string, to: VersionStatus, by: string): Promise<Outcome<AdviceVersion>> {
      return decideHere(versionId, { kind: 'step', to }, by);
    },

    /** A board member's comment or approval, recorded with their name and the time; never by one who takes no part in the case. */
    addReview(versionId: string, input: ReviewInput, by: string): Promise<Outcome<AdviceVersion>> {
      return decideHere(versionId, { kind: 'review', review: parseOrThrow(reviewInputSchema, input) }, by);
    },

    /** A new draft from the newest version, with the reason for it; the older version stays as it was. */
    async newVersion(caseId: string, reason: string, by: string): Promise<Outcome<AdviceVersion>> {
      return db.transaction('rw', tables, async () => {
        const latest = await latestOf(caseId);
        const advice = await db.advices.get(caseId);
        if (!latest || !advice) throw new Error(`Advies voor casus ${caseId} ontbreekt`);
        const check = checkNewVersion(latest, reason);
        if (!check.ok) return refused(check.reasons);
        const at = clock();
        const next = nextVersion(latest, { id: crypto.randomUUID(), reason }, at);
        await writeVersion(next, advice, at);
        await audit.append(caseId, at, by, {
          subject: 'version',
          action: 'newVersion',
          detail: { version: next.number, reason: next.reason },
        });
        return done(next);
      });
    },
  };
}

export type AdviceRepository = ReturnType<typeof createAdviceRepository>;
