import type { NameRole } from '@shared/publication/nameFinder';
import type { CaseBoard } from '@shared/people/boardSchema';
import type { Person } from '@shared/people/personSchema';

export interface PublicNameSources {
  people: readonly Pick<Person, 'id' | 'name' | 'roles'>[];
  board: Pick<CaseBoard, 'members'> | undefined;
  processOwner: string;
  requester: string;
}

/**
 * Every name the public version must replace, each with the role that stands
 * in for it. A name known in several ways gets the role closest to this case:
 * process owner before requester, before the role on this case's board, before
 * the person's first role in the register.
 */
export function publicNames(
  { people, board, processOwner, requester }: PublicNameSources,
  labels: { role(role: string): string; processOwner: string; requester: string },
): NameRole[] {
  const roles = new Map<string, string>();
  const add = (name: string, role: string) => {
    if (name.trim() !== '') roles.set(name.trim(), role);
  };
  for (const person of people) if (person.roles[0]) add(person.name, labels.role(person.roles[0]));
  for (const member of board?.members ?? []) {
    const person = people.find((p) => p.id === member.personId);
    if (person) add(person.name, labels.role(member.role));
  }
  add(requester, labels.requester);
  add(processOwner, labels.processOwner);
  return [...roles].map(([name, role]) => ({ name, role }));
}
