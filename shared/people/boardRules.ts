import type { BoardMember, CaseBoard, ConflictDeclaration } from './boardSchema';
import type { Person } from './personSchema';

export type BoardWarning =
  | { kind: 'administrator'; personId: string }
  | { kind: 'inactive'; personId: string }
  | { kind: 'excluded_by_conflict'; personId: string }
  | { kind: 'duplicate'; personId: string };

/** Roles that sit in the deliberation; an administrator in one of these undermines the body's independence. */
const deliberatingRoles = new Set(['voorzitter', 'lid', 'externe_procesbegeleider', 'inwoner_op_afroep']);

/**
 * Warnings, not refusals: the secretary may have reasons, but must see them.
 * Administrators deliberately do not sit on the body (statusbrief L46).
 */
export function warningsForMember(member: BoardMember, person: Person | undefined, conflicts: readonly ConflictDeclaration[]): BoardWarning[] {
  const warnings: BoardWarning[] = [];
  if (person?.isAdministrator && deliberatingRoles.has(member.role)) warnings.push({ kind: 'administrator', personId: member.personId });
  if (person && !person.active) warnings.push({ kind: 'inactive', personId: member.personId });
  if (exclusionOf(member.personId, conflicts)) {
    warnings.push({ kind: 'excluded_by_conflict', personId: member.personId });
  }
  return warnings;
}

export function boardWarnings(board: Pick<CaseBoard, 'members' | 'conflicts'>, people: ReadonlyMap<string, Person>): BoardWarning[] {
  const seen = new Set<string>();
  return board.members.flatMap((member) => {
    const duplicate: BoardWarning[] = seen.has(member.personId) ? [{ kind: 'duplicate', personId: member.personId }] : [];
    seen.add(member.personId);
    return [...duplicate, ...warningsForMember(member, people.get(member.personId), board.conflicts)];
  });
}

/**
 * The declaration that keeps a person out of a case: one whose measure is
 * "neemt niet deel". Such a person deliberates on, reviews and approves nothing
 * of the case, also when the declaration came after they had done so.
 */
export function exclusionOf(personId: string, conflicts: readonly ConflictDeclaration[]): ConflictDeclaration | undefined {
  return conflicts.find((c) => c.personId === personId && c.measure === 'neemt_niet_deel');
}

/** Whether a person may take part in the deliberation of a case given the declared conflicts. */
export function mayDeliberate(personId: string, conflicts: readonly ConflictDeclaration[]): boolean {
  return exclusionOf(personId, conflicts) === undefined;
}
