import { z } from 'zod';
import { richTextSchema } from '../cases/caseSchema';
import { timestampSchema } from '../util/schemaParts';

/** Free notes of one agenda item, taken live. */
export const noteSchema = z.object({
  id: z.uuid(),
  meetingId: z.uuid(),
  agendaItemId: z.uuid(),
  caseId: z.uuid(),
  doc: richTextSchema,
  updatedAt: timestampSchema,
  deletedAt: timestampSchema.nullable(),
});

export const revisionReasons = ['session', 'manual', 'before_restore'] as const;

/** A snapshot of a note; restoring one first snapshots the current text, so a restore can be undone. */
export const noteRevisionSchema = z.object({
  id: z.uuid(),
  noteId: z.uuid(),
  doc: richTextSchema,
  reason: z.enum(revisionReasons),
  createdAt: timestampSchema,
});

export type Note = z.infer<typeof noteSchema>;
export type NoteRevision = z.infer<typeof noteRevisionSchema>;
