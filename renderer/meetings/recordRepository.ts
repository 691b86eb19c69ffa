import { newRecord } from '@shared/meetings/newRecord';
import type { DeliberationRecord } from '@shared/meetings/recordSchema';
import type { MethodTemplate } from '@shared/methods/methodTemplate';
import { parseOrThrow } from '@shared/util/validation';
import { systemClock, type Clock } from '../db/clock';
import type { BeraadDb } from '../db/database';
import { lazySchema } from '../db/lazySchema';
import type { NoteKey } from './noteRepository';
import { serviceKey } from '../services/serviceKey';

const deliberationRecordSchema = lazySchema(() => import('@shared/meetings/recordSchema').then((module) => module.deliberationRecordSchema));

export function createRecordRepository(db: BeraadDb, clock: Clock = systemClock) {
  const live = (agendaItemId: string) =>
    db.records.where('agendaItemId').equals(agendaItemId).filter((r) => r.deletedAt === null).first();

  return {
    forItem: live,

    /** A fresh, unsaved record for an item; it is stored on its first edit. */
    blank: (key: NoteKey, template: MethodTemplate): DeliberationRecord =>
      newRecord({ ...key, id: crypto.randomUUID() }, template, clock()),

    forCase: (caseId: string) => db.records.where('caseId').equals(caseId).filter((r) => r.deletedAt === null).toArray(),

    async save(record: DeliberationRecord): Promise<DeliberationRecord> {
      const valid = parseOrThrow(await deliberationRecordSchema(), { ...record, updatedAt: clock().toISOString() });
      await db.records.put(valid);
      return valid;
    },

    async discard(id: string): Promise<void> {
      await db.records.update(id, { deletedAt: clock().toISOString() });
    },

    async restoreFromTrash(id: string): Promise<void> {
      await db.transaction('rw', db.records, async () => {
        const record = await db.records.get(id);
        if (!record) return;
        const current = await live(record.agendaItemId);
        if (current) await db.records.update(current.id, { deletedAt: clock().toISOString() });
        await db.records.update(id, { deletedAt: null });
      });
    },

    trash: () => db.records.filter((r) => r.deletedAt !== null).toArray(),
  };
}

export type RecordRepository = ReturnType<typeof createRecordRepository>;
export const recordRepositoryKey = serviceKey<RecordRepository>('records');
