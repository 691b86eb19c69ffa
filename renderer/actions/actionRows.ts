import { isOverdue, sortOpenActions, type Action } from '@shared/meetings/actionSchema';
import type { Person } from '@shared/people/personSchema';

/** One line of the overview: the action with what the table shows, computed once instead of per render. */
export interface ActionRow {
  id: string;
  what: string;
  caseId: string;
  dueOn: string;
  overdue: boolean;
  /** Null when nobody was named, or the named person is not in the register. */
  owner: string | null;
}


export function toActionRows(actions: readonly Action[], people: readonly Person[], today: string): ActionRow[] {
  const names = new Map(people.map((person) => [person.id, person.name]));
  return sortOpenActions(actions).map((action) => ({
    id: action.id,
    what: action.what,
    caseId: action.caseId,
    dueOn: action.dueOn,
    overdue: isOverdue(action, today),
    owner: (action.ownerId && names.get(action.ownerId)) || null,
  }));
}
