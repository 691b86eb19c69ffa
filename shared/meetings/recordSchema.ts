import { z } from 'zod';
import { optionalText, timestampSchema } from '../util/schemaParts';

const entry = z.string().trim().max(2000, { error: 'validation.tooLong' });
const entries = z.array(entry).max(200);

export const actorSchema = z.object({
  id: z.uuid(),
  name: optionalText(200),
  positiveEffects: entries,
  negativeEffects: entries,
  values: entries,
});

export const optionsSchema = z.object({ technology: entries, environment: entries, user: entries });

export const sectionValueSchema = z.union([
  z.object({ kind: z.literal('text'), text: optionalText(20_000) }),
  z.object({ kind: z.literal('list'), items: entries }),
  z.object({ kind: z.literal('actors'), actors: z.array(actorSchema).max(100) }),
  z.object({ kind: z.literal('options'), options: optionsSchema }),
]);

/** The structured record of one agenda item, following the template version it was started with. */
export const deliberationRecordSchema = z.object({
  id: z.uuid(),
  meetingId: z.uuid(),
  agendaItemId: z.uuid(),
  caseId: z.uuid(),
  template: z.object({ id: z.string(), version: z.number().int().positive() }),
  sections: z.record(z.string(), sectionValueSchema),
  dissent: optionalText(20_000),
  agreements: entries,
  updatedAt: timestampSchema,
  deletedAt: timestampSchema.nullable(),
});

export type Actor = z.infer<typeof actorSchema>;
export type SectionValue = z.infer<typeof sectionValueSchema>;
export type DeliberationRecord = z.infer<typeof deliberationRecordSchema>;
