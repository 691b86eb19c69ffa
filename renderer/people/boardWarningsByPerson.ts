import { boardWarnings, type BoardWarning } from '@shared/people/boardRules';
import type { CaseBoard } from '@shared/people/boardSchema';
import type { Person } from '@shared/people/personSchema';

/**
 * The board's warnings gathered per person, each kind once, to show beside
 * every row of that person. boardWarnings does not say which row a warning
 * came from, and a person listed twice is one problem, not two.
 */
export function boardWarningsByPerson(
  board: Pick<CaseBoard, 'members' | 'conflicts'>,
  people: ReadonlyMap<string, Person>,
): Map<string, BoardWarning['kind'][]> {
  const byPerson = new Map<string, BoardWarning['kind'][]>();
  for (const warning of boardWarnings(board, people)) {
    const kinds = byPerson.get(warning.personId) ?? [];
    if (!kinds.includes(warning.kind)) byPerson.set(warning.personId, [...kinds, warning.kind]);
  }
  return byPerson;
}
