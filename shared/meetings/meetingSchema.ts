import { z } from 'zod';
import { optionalText, requiredText, timestampSchema } from '../util/schemaParts';

/**
 * Local wall-clock time as typed in a datetime-local field: meetings happen in the municipality's time.
 * zod's `local` still lets a UTC "Z" through when seconds are given; that is not local time, so refuse it.
 */
export const localDateTimeSchema = z.iso
  .datetime({ local: true, error: 'validation.dateTime' })
  .refine((value) => !value.endsWith('Z'), { error: 'validation.dateTime' });

export const agendaItemSchema = z.object({
  id: z.uuid(),
  caseId: z.uuid(),
  plannedMinutes: z.number().int().min(0).max(600),
  methodId: z.string().min(1).max(60),
});

/** More would not fit a meeting's evening, and keeps a meeting record bounded. */
export const maxAgendaItems = 50;

export const meetingInputSchema = z.object({
  title: requiredText(200),
  startsAt: localDateTimeSchema,
  location: z.object({ kind: z.enum(['place', 'online']), text: optionalText(300) }),
  attendees: z.array(z.uuid()).max(100),
  absentees: z.array(z.uuid()).max(100),
  agenda: z.array(agendaItemSchema).max(maxAgendaItems),
});

export const meetingSchema = meetingInputSchema
  .extend({
    id: z.uuid(),
    createdAt: timestampSchema,
    updatedAt: timestampSchema,
    deletedAt: timestampSchema.nullable(),
  })
  .refine((m) => !m.attendees.some((id) => m.absentees.includes(id)), { error: 'validation.presentAndAbsent' });

export type AgendaItem = z.infer<typeof agendaItemSchema>;
export type MeetingInput = z.input<typeof meetingInputSchema>;
export type Meeting = z.output<typeof meetingSchema>;

/** Moves an agenda item one place up or down (keyboard reordering); out of range changes nothing. */
export function moveAgendaItem(agenda: readonly AgendaItem[], itemId: string, offset: -1 | 1): AgendaItem[] {
  const from = agenda.findIndex((item) => item.id === itemId);
  const to = from + offset;
  if (from < 0 || to < 0 || to >= agenda.length) return [...agenda];
  const next = [...agenda];
  [next[from], next[to]] = [next[to]!, next[from]!];
  return next;
}

/** Moves an agenda item to a position (drag and drop). */
export function placeAgendaItem(agenda: readonly AgendaItem[], itemId: string, index: number): AgendaItem[] {
  const item = agenda.find((i) => i.id === itemId);
  if (!item) return [...agenda];
  const rest = agenda.filter((i) => i.id !== itemId);
  const at = Math.max(0, Math.min(index, rest.length));
  return [...rest.slice(0, at), item, ...rest.slice(at)];
}
