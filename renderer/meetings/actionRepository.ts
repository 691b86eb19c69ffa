import Dexie from 'dexie';
import { actionInputSchema, actionSchema, type Action, type ActionInput } from '@shared/meetings/actionSchema';
import { parseOrThrow } from '@shared/util/validation';
import { systemClock, type Clock } from '../db/clock';
import type { BeraadDb } from '../db/database';

export interface ActionOrigin {
  caseId: string;
  meetingId: string | null;
  agendaItemId: string | null;
}

export function createActionRepository(db: BeraadDb, clock: Clock = systemClock) {
  async function change(id: string, patch: (current: Action, stamp: string) => Action): Promise<Action> {
    return db.transaction('rw', db.actions, async () => {
      const current = await db.actions.get(id);
      if (!current) throw new Error(`Actie ${id} bestaat niet`);
      const stamp = clock().toISOString();
      const updated = parseOrThrow(actionSchema, { ...patch(current, stamp), updatedAt: stamp });
      await db.actions.put(updated);
      return updated;
    });
  }

  return {
    async add(origin: ActionOrigin, input: ActionInput): Promise<Action> {
      const stamp = clock().toISOString();
      const action = parseOrThrow(actionSchema, {
        ...parseOrThrow(actionInputSchema, input),
        ...origin,
        id: crypto.randomUUID(),
        state: 'open',
        doneAt: null,
        note: '',
        createdAt: stamp,
        updatedAt: stamp,
        deletedAt: null,
      });
      await db.actions.add(action);
      return action;
    },

    edit: (id: string, input: ActionInput) =>
      change(id, (current) => ({ ...current, ...parseOrThrow(actionInputSchema, input) })),

    setDone: (id: string, done: boolean) =>
      change(id, (current, stamp) => ({ ...current, state: done ? 'done' : 'open', doneAt: done ? stamp : null })),

    setDeleted: (id: string, deleted: boolean) =>
      change(id, (current, stamp) => ({ ...current, deletedAt: deleted ? stamp : null })),

    forCase: (caseId: string) => db.actions.where('caseId').equals(caseId).filter((a) => a.deletedAt === null).toArray(),

    forMeeting: (meetingId: string) =>
      db.actions.where('meetingId').equals(meetingId).filter((a) => a.deletedAt === null).toArray(),

    /**
     * Open actions of every case, soonest due first and undated last, read
     * from the index without touching done ones; `limit` serves a first screenful.
     */
    async open(limit = Infinity): Promise<Action[]> {
      const openBetween = async (from: unknown, to: unknown, max: number) =>
        max <= 0
          ? []
          : // toArray before filtering: a Dexie filter walks a cursor, a plain range read is one getAll.
            (await db.actions.where('[state+dueOn]').between(['open', from], ['open', to], true, true).limit(max).toArray()).filter(
              (a) => a.deletedAt === null,
            );
      // Dates start with a digit, so '0' skips the undated ('' sorts first in the index).
      const dated = await openBetween('0', Dexie.maxKey, limit);
      const undated = await openBetween('', '', limit - dated.length);
      return [...dated, ...undated];
    },

    trash: () => db.actions.filter((a) => a.deletedAt !== null).toArray(),
  };
}

export type ActionRepository = ReturnType<typeof createActionRepository>;
