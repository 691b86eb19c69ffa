import { z } from 'zod';
import { isoDateSchema, optionalText, requiredText, timestampSchema } from '../util/schemaParts';

export const actionInputSchema = z.object({
  what: requiredText(1000),
  ownerId: z.uuid().nullable(),
  dueOn: isoDateSchema.or(z.literal('')),
});

/**
 * An agreed action. `state` is stored (not derived from doneAt) so the open
 * actions of all cases come straight from an index.
 */
export const actionSchema = actionInputSchema.extend({
  id: z.uuid(),
  caseId: z.uuid(),
  meetingId: z.uuid().nullable(),
  agendaItemId: z.uuid().nullable(),
  state: z.enum(['open', 'done']),
  doneAt: timestampSchema.nullable(),
  note: optionalText(2000),
  createdAt: timestampSchema,
  updatedAt: timestampSchema,
  deletedAt: timestampSchema.nullable(),
});

export type ActionInput = z.input<typeof actionInputSchema>;
export type Action = z.output<typeof actionSchema>;

/** Overdue: still open and its due date has passed (a due date of today is not overdue yet). */
export function isOverdue(action: Pick<Action, 'state' | 'dueOn'>, today: string): boolean {
  return action.state === 'open' && action.dueOn !== '' && action.dueOn < today;
}

/** Open actions, overdue first, then by due date; actions without a date last. */
export function sortOpenActions<T extends Pick<Action, 'state' | 'dueOn' | 'createdAt'>>(actions: readonly T[]): T[] {
  return actions
    .filter((a) => a.state === 'open')
    .sort((a, b) => (a.dueOn || '9999').localeCompare(b.dueOn || '9999') || a.createdAt.localeCompare(b.createdAt));
}
