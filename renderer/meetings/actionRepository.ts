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

    /** Every open action of every case, soonest due first, read from the index without touching done ones. */
    async open(): Promise<Action[]> {
      // toArray before filtering: a Dexie filter walks a cursor, a plain range read is one getAll.
      const open = (
        await db.actions.where('[state+dueOn]').between(['open', Dexie.minKey], ['open', Dexie.maxKey]).toArray()
      ).filter((a) => a.deletedAt === null);
      // Undated actions sort first in the index ('' < any date); they belong last.
      return [...open.filter((a) => a.dueOn !== ''), ...open.filter((a) => a.dueOn === '')];
    },

    trash: () => db.actions.filter((a) => a.deletedAt !== null).toArray(),
  };
}

export type ActionRepository = ReturnType<typeof createActionRepository>;
