import type { PrefillSource } from '@shared/advice/prefill';
import type { BeraadDb } from '../db/database';

/** Everything the board recorded about a case, gathered for pre-filling and for the way of working. */
export async function readPrefillSource(db: BeraadDb, caseId: string): Promise<PrefillSource | undefined> {
  return db.transaction(
    'r',
    [db.cases, db.caseDescriptions, db.caseBoards, db.people, db.meetings, db.records, db.methodTemplates],
    async () => {
      const kase = await db.cases.get(caseId);
      if (!kase) return undefined;
      const meetings = await db.meetings.where('caseIds').equals(caseId).toArray();
      const heldAt = new Map(meetings.map((m) => [m.id, m.startsAt]));
      // In the order the meetings were held, so considerations read as the deliberation went.
      const records = (await db.records.where('caseId').equals(caseId).toArray())
        .filter((r) => r.deletedAt === null)
        .sort((a, b) => (heldAt.get(a.meetingId) ?? '').localeCompare(heldAt.get(b.meetingId) ?? ''));
      const templates = await db.methodTemplates.bulkGet(records.map((r) => [r.template.id, r.template.version]));
      return {
        case: kase,
        description: (await db.caseDescriptions.get(caseId))?.doc ?? { type: 'doc' },
        board: await db.caseBoards.get(caseId),
        people: await db.people.toArray(),
        meetings,
        records,
        templates: templates.filter((t) => t !== undefined),
      };
    },
  );
}
