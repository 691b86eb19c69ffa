import { attachmentMimeType, checkAttachment, type AttachmentRefusal } from '@shared/cases/attachments';
import type { AttachmentRecord, BeraadDb } from '../db/database';

export type AddAttachmentResult = { ok: true; attachment: AttachmentRecord } | { ok: false; refusal: AttachmentRefusal };

export function createAttachmentRepository(db: BeraadDb) {
  return {
    async add(caseId: string, file: File, limitBytes: number): Promise<AddAttachmentResult> {
      const refusal = checkAttachment(file, limitBytes);
      if (refusal) return { ok: false, refusal };
      const attachment: AttachmentRecord = {
        id: crypto.randomUUID(),
        caseId,
        name: file.name,
        type: attachmentMimeType(file.name)!,
        size: file.size,
        addedAt: new Date().toISOString(),
        removedAt: null,
        blob: file,
      };
      await db.attachments.add(attachment);
      return { ok: true, attachment };
    },

    forCase: (caseId: string) => db.attachments.where('caseId').equals(caseId).sortBy('addedAt'),

    get: (id: string) => db.attachments.get(id),

    /** Removal is reversible: the file stays until a later, explicit clean-up feature. */
    setRemoved: (id: string, removed: boolean) =>
      db.attachments.update(id, { removedAt: removed ? new Date().toISOString() : null }),
  };
}

export type AttachmentRepository = ReturnType<typeof createAttachmentRepository>;
