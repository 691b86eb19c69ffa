import { adviceFlags, type AdviceFlags } from '@shared/advice/deadlines';
import type { Advice } from '@shared/advice/adviceSchema';
import { periodDate, registerRow, type RegisterRow } from '@shared/advice/register';
import type { BeraadDb } from '../db/database';
import { serviceKey } from '../services/serviceKey';

/** Reads for the advice register, the dashboard and the flags in the case list. */
export function createAdviceRegisterQuery(db: BeraadDb) {
  /** The rows of these advices whose case is not archived; each case is read by its key, which costs per advice. */
  async function rowsOf(advices: readonly Advice[], today: string, termWeeks: number): Promise<RegisterRow[]> {
    const cases = await db.cases.bulkGet(advices.map((a) => a.caseId));
    return advices.flatMap((advice, index) => {
      const kase = cases[index];
      return kase && kase.archivedAt === null ? [registerRow(advice, kase, today, termWeeks)] : [];
    });
  }

  return {
    /** Every advice with its case, unfiltered; the period filter runs in memory on these rows. */
    rows: (today: string, termWeeks: number): Promise<RegisterRow[]> =>
      db.transaction('r', [db.advices, db.cases], async () => rowsOf(await db.advices.toArray(), today, termWeeks)),

    /**
     * The rows of the `limit` newest advices (by the date they count under),
     * newest first, as the whole register orders them: a screenful, read
     * without unpacking every advice, so the register can paint before the
     * rest has arrived. The newest issued ones come through the issuedOn
     * index; one not yet issued is not in that index (IndexedDB leaves a null
     * out), so those are the keys the index lacks, which are few.
     */
    newest: (today: string, termWeeks: number, limit: number): Promise<RegisterRow[]> =>
      db.transaction('r', [db.advices, db.cases], async () => {
        const [every, issued, latestIssued] = await Promise.all([
          db.advices.toCollection().primaryKeys(),
          db.advices.orderBy('issuedOn').primaryKeys(),
          db.advices.orderBy('issuedOn').reverse().limit(limit).toArray(),
        ]);
        const isIssued = new Set(issued);
        const pending = await db.advices.bulkGet(every.filter((caseId) => !isIssued.has(caseId)));
        const candidates = [...latestIssued, ...pending.filter((advice) => advice !== undefined)]
          .sort((a, b) => a.caseId.localeCompare(b.caseId))
          .map((advice) => ({ advice, date: periodDate({ issuedOn: advice.issuedOn, startedOn: advice.createdAt.slice(0, 10) }) }))
          .sort((a, b) => b.date.localeCompare(a.date))
          .slice(0, limit);
        return rowsOf(
          candidates.map(({ advice }) => advice),
          today,
          termWeeks,
        );
      }),

    /** Only the cases that need attention: an overdue conclusion or a re-review that has come. */
    async flags(today: string, termWeeks: number): Promise<Map<string, AdviceFlags>> {
      const flagged = new Map<string, AdviceFlags>();
      await db.advices.each((advice) => {
        const flags = adviceFlags(advice, today, termWeeks);
        if (flags.conclusionOverdue || flags.reReviewDue) flagged.set(advice.caseId, flags);
      });
      return flagged;
    },
  };
}

export type AdviceRegisterQuery = ReturnType<typeof createAdviceRegisterQuery>;
export const adviceRegisterQueryKey = serviceKey<AdviceRegisterQuery>('adviceRegister');
