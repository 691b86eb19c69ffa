import type { ConflictDeclaration } from './boardSchema';

export type ConflictChange =
  | { kind: 'declared'; conflict: ConflictDeclaration }
  | { kind: 'withdrawn'; conflict: ConflictDeclaration }
  | { kind: 'changed'; before: ConflictDeclaration; after: ConflictDeclaration };

const same = (a: ConflictDeclaration, b: ConflictDeclaration) =>
  a.personId === b.personId && a.declaredOn === b.declaredOn && a.description === b.description && a.measure === b.measure;

/**
 * What a save did to the declarations of a case, for its audit trail.
 * Declarations carry no id: one that went and one that came for the same person
 * in the same save is that person's declaration changed; any other that went
 * was withdrawn, any other that came was declared.
 */
export function conflictChanges(before: readonly ConflictDeclaration[], after: readonly ConflictDeclaration[]): ConflictChange[] {
  const gone = [...before];
  const came: ConflictDeclaration[] = [];
  for (const conflict of after) {
    const kept = gone.findIndex((old) => same(old, conflict));
    if (kept >= 0) gone.splice(kept, 1);
    else came.push(conflict);
  }
  const changes: ConflictChange[] = came.map((conflict) => {
    const replaced = gone.findIndex((old) => old.personId === conflict.personId);
    if (replaced < 0) return { kind: 'declared', conflict };
    const [old] = gone.splice(replaced, 1);
    return { kind: 'changed', before: old!, after: conflict };
  });
  return [...gone.map((conflict): ConflictChange => ({ kind: 'withdrawn', conflict })), ...changes];
}
