import { emptyDoc, isBlankDoc } from '@shared/cases/blankDoc';
import type { Case, CaseInput, RichText } from '@shared/cases/caseSchema';
import { provisionalPrefix, provisionalReference, referenceCandidates, sequenceKey, type Numbering } from '@shared/cases/reference';
import { adviceEvidence } from '@shared/advice/evidence';
import { checkTransition, type CaseStatus, type TransitionCheck } from '@shared/cases/status';
import { parseOrThrow } from '@shared/util/validation';
import { systemClock, type Clock } from '../db/clock';
import type { BeraadDb } from '../db/database';
import { lazySchema } from '../db/lazySchema';
import { serviceKey } from '../services/serviceKey';

export interface NewCase {
  input: CaseInput;
  description?: RichText;
  /** Only for sample data and imports; registration always starts at intake. */
  status?: CaseStatus;
}


/** Writes check what they store against these; the case list only reads, so they load with the first write. */
const caseSchemas = lazySchema(() => import('@shared/cases/caseSchema'));

export function createCaseRepository(db: BeraadDb, clock: Clock = systemClock, numbering: () => Numbering = () => 'local') {
  /*
   * References come from a counter that only ever goes up, inside the same
   * transaction as the insert, so a number is never handed out twice, not even
   * after an archive or a changed pattern (the unique index is the last guard).
   * A number already taken (a restored or imported case) is skipped.
   */
  async function freeReferences(pattern: string, year: number, count: number) {
    const key = sequenceKey(pattern, year);
    let sequence = (await db.counters.get(key))?.value ?? 0;
    const references: string[] = [];
    while (references.length < count) {
      const candidates = referenceCandidates(pattern, year, sequence, count - references.length);
      sequence += candidates.length;
      const taken = new Set(await db.cases.where('reference').anyOf(candidates).keys());
      references.push(...candidates.filter((candidate) => !taken.has(candidate)));
    }
    return { key, sequence, references };
  }

  async function allocateReferences(pattern: string, year: number, count: number): Promise<string[]> {
    const { key, sequence, references } = await freeReferences(pattern, year, count);
    await db.counters.put({ key, value: sequence });
    return references;
  }

  /** Registers cases in one all-or-nothing transaction; used for single registration, samples and bulk loads. */
  async function register(newCases: readonly NewCase[], referencePattern: string): Promise<Case[]> {
    const { caseInputSchema, richTextSchema } = await caseSchemas();
    const now = clock();
    const stamp = now.toISOString();
    const validated = newCases.map(({ input, description, status }) => ({
      input: parseOrThrow(caseInputSchema, input),
      description: parseOrThrow(richTextSchema, description ?? emptyDoc),
      status: status ?? 'intake',
    }));
    const ids = validated.map(() => crypto.randomUUID());
    return db.transaction('rw', [db.cases, db.caseDescriptions, db.counters], async () => {
      // The server numbers a board's cases: one taken here could be another machine's too.
      const references = numbering() === 'server' ? ids.map(provisionalReference) : await allocateReferences(referencePattern, now.getFullYear(), validated.length);
      const cases: Case[] = validated.map(({ input, status }, index) => ({
        ...input,
        id: ids[index]!,
        reference: references[index]!,
        status,
        statusHistory: [],
        createdAt: stamp,
        updatedAt: stamp,
        archivedAt: null,
      }));
      await db.cases.bulkAdd(cases);
      // A blank description gets no record (getDescription falls back): one write less per case.
      await db.caseDescriptions.bulkAdd(
        cases
          .map((registered, index) => ({ caseId: registered.id, doc: validated[index]!.description, updatedAt: stamp }))
          .filter(({ doc }) => !isBlankDoc(doc)),
      );
      return cases;
    });
  }

  async function mustGet(id: string): Promise<Case> {
    const found = await db.cases.get(id);
    if (!found) throw new Error(`Casus ${id} bestaat niet`);
    return found;
  }

  async function replace(updated: Case): Promise<Case> {
    const valid = parseOrThrow((await caseSchemas()).caseSchema, updated);
    await db.cases.put(valid);
    return valid;
  }

  return {
    register,

    async registerOne(newCase: NewCase, referencePattern: string): Promise<Case> {
      const [registered] = await register([newCase], referencePattern);
      return registered!;
    },

    /**
     * Gives this machine's numbers to the cases still waiting for the
     * server's, once it works alone again (left board mode): no server will
     * number them now. In order of registration, each in the year it was
     * registered, as the server would; in one transaction.
     */
    async numberConcepts(referencePattern: string): Promise<Case[]> {
      if (numbering() === 'server') return [];
      return db.transaction('rw', [db.cases, db.counters], async () => {
        const concepts = (await db.cases.where('reference').startsWith(provisionalPrefix).toArray()).sort((a, b) => a.createdAt.localeCompare(b.createdAt));
        const stamp = clock().toISOString();
        const numbered: Case[] = [];
        for (const year of new Set(concepts.map((c) => new Date(c.createdAt).getFullYear()))) {
          const ofYear = concepts.filter((c) => new Date(c.createdAt).getFullYear() === year);
          const references = await allocateReferences(referencePattern, year, ofYear.length);
          numbered.push(...ofYear.map((c, index) => ({ ...c, reference: references[index]!, updatedAt: stamp })));
        }
        await db.cases.bulkPut(numbered);
        return numbered;
      });
    },

    /** The reference the next registration would get with this pattern, without taking it: the hint in the settings. */
    nextReference: (pattern: string): Promise<string> =>
      db.transaction('r', [db.cases, db.counters], async () => (await freeReferences(pattern, clock().getFullYear(), 1)).references[0]!),

    get: (id: string) => db.cases.get(id),

    /** Several cases in one transaction; undefined where a case does not exist. */
    getMany: (ids: readonly string[]) => db.cases.bulkGet([...ids]),

    list: () => db.cases.toArray(),

    /** The newest cases not archived, read through the index so the list can paint before the full set arrives. */
    newest: (limit: number) =>
      db.cases
        .orderBy('receivedOn')
        .reverse()
        .filter((c) => c.archivedAt === null)
        .limit(limit)
        .toArray(),

    count: () => db.cases.count(),

    async update(id: string, input: CaseInput): Promise<Case> {
      const fields = parseOrThrow((await caseSchemas()).caseInputSchema, input);
      return db.transaction('rw', db.cases, async () =>
        replace({ ...(await mustGet(id)), ...fields, updatedAt: clock().toISOString() }),
      );
    },

    /** Moves a case to another status if the state machine allows it; a refusal changes nothing. */
    async changeStatus(id: string, to: CaseStatus): Promise<TransitionCheck> {
      return db.transaction('rw', [db.cases, db.advices], async () => {
        const current = await mustGet(id);
        const check = checkTransition(current, to, adviceEvidence(await db.advices.get(id)));
        if (!check.ok) return check;
        const at = clock().toISOString();
        await replace({
          ...current,
          status: to,
          statusHistory: [...current.statusHistory, { from: current.status, to, at }],
          updatedAt: at,
        });
        return check;
      });
    },

    async archive(id: string): Promise<Case> {
      return db.transaction('rw', db.cases, async () => {
        const at = clock().toISOString();
        return replace({ ...(await mustGet(id)), archivedAt: at, updatedAt: at });
      });
    },

    async restore(id: string): Promise<Case> {
      return db.transaction('rw', db.cases, async () =>
        replace({ ...(await mustGet(id)), archivedAt: null, updatedAt: clock().toISOString() }),
      );
    },

    async getDescription(caseId: string): Promise<RichText> {
      return (await db.caseDescriptions.get(caseId))?.doc ?? emptyDoc;
    },

    async saveDescription(caseId: string, doc: RichText): Promise<void> {
      const valid = parseOrThrow((await caseSchemas()).richTextSchema, doc);
      await db.caseDescriptions.put({ caseId, doc: valid, updatedAt: clock().toISOString() });
    },
  };
}

export type CaseRepository = ReturnType<typeof createCaseRepository>;
export const caseRepositoryKey = serviceKey<CaseRepository>('cases');
