import { adviceFlags, type AdviceFlags } from '@shared/advice/deadlines';
import { registerRow, type RegisterRow } from '@shared/advice/register';
import type { BeraadDb } from '../db/database';
import { serviceKey } from '../services/serviceKey';

/** Reads for the advice register, the dashboard and the flags in the case list. */
export function createAdviceRegisterQuery(db: BeraadDb) {
  return {
    /** Every advice with its case, unfiltered; the period filter runs in memory on these rows. */
    async rows(today: string, termWeeks: number): Promise<RegisterRow[]> {
      return db.transaction('r', [db.advices, db.cases], async () => {
        const advices = await db.advices.toArray();
        const cases = await db.cases.bulkGet(advices.map((a) => a.caseId));
        return advices.flatMap((advice, index) => {
          const kase = cases[index];
          return kase && kase.archivedAt === null ? [registerRow(advice, kase, today, termWeeks)] : [];
        });
      });
    },

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
