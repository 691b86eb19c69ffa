import { personInputSchema, personSchema, type Person, type PersonInput } from '@shared/people/personSchema';
import { caseBoardSchema, type CaseBoard, type ConflictDeclaration } from '@shared/people/boardSchema';
import { conflictChanges, type ConflictChange } from '@shared/people/conflictChanges';
import { parseOrThrow } from '@shared/util/validation';
import { createAuditLog, type AuditEntry } from '../advice/auditLog';
import { systemClock, type Clock } from '../db/clock';
import type { BeraadDb } from '../db/database';

const byName = (a: Person, b: Person) => a.name.localeCompare(b.name, 'nl');

/** A change of a declaration as the case's audit trail keeps it, with the name as it was then. */
function conflictEntry(change: ConflictChange, nameOf: (personId: string) => string): AuditEntry {
  const detail = (conflict: ConflictDeclaration) => ({
    name: nameOf(conflict.personId),
    declaredOn: conflict.declaredOn,
    measure: conflict.measure,
    description: conflict.description,
  });
  if (change.kind === 'changed') {
    return { subject: 'conflict', action: 'conflict.changed', detail: { ...detail(change.after), previousMeasure: change.before.measure } };
  }
  return { subject: 'conflict', action: `conflict.${change.kind}`, detail: detail(change.conflict) };
}

/** People are never deleted: only marked inactive, because records keep naming them. */
export function createPeopleRepository(db: BeraadDb, clock: Clock = systemClock) {
  const audit = createAuditLog(db);
  return {
    async list(): Promise<Person[]> {
      return (await db.people.toArray()).sort(byName);
    },

    get: (id: string) => db.people.get(id),

    async create(input: PersonInput): Promise<Person> {
      const stamp = clock().toISOString();
      const person = parseOrThrow(personSchema, {
        ...parseOrThrow(personInputSchema, input),
        id: crypto.randomUUID(),
        createdAt: stamp,
        updatedAt: stamp,
      });
      await db.people.add(person);
      return person;
    },

    async update(id: string, input: PersonInput): Promise<Person> {
      return db.transaction('rw', db.people, async () => {
        const current = await db.people.get(id);
        if (!current) throw new Error(`Persoon ${id} bestaat niet`);
        const updated = parseOrThrow(personSchema, {
          ...current,
          ...parseOrThrow(personInputSchema, input),
          updatedAt: clock().toISOString(),
        });
        await db.people.put(updated);
        return updated;
      });
    },

    async board(caseId: string): Promise<CaseBoard> {
      return (
        (await db.caseBoards.get(caseId)) ?? { caseId, members: [], conflicts: [], note: '', updatedAt: clock().toISOString() }
      );
    },

    /** Saves the board; every declaration declared, changed or withdrawn goes into the case's audit trail, by `by`. */
    async saveBoard(board: Omit<CaseBoard, 'updatedAt'>, by: string): Promise<CaseBoard> {
      const at = clock();
      const valid = parseOrThrow(caseBoardSchema, { ...board, updatedAt: at.toISOString() });
      return db.transaction('rw', [db.caseBoards, db.people, db.auditEvents], async () => {
        const before = (await db.caseBoards.get(valid.caseId))?.conflicts ?? [];
        const changes = conflictChanges(before, valid.conflicts);
        const people = await db.people.bulkGet([...new Set(changes.flatMap((c) => (c.kind === 'changed' ? c.after : c.conflict).personId))]);
        const nameOf = (personId: string) => people.find((p) => p?.id === personId)?.name ?? '';
        await db.caseBoards.put(valid);
        for (const change of changes) await audit.append(valid.caseId, at, by, conflictEntry(change, nameOf));
        return valid;
      });
    },
  };
}

export type PeopleRepository = ReturnType<typeof createPeopleRepository>;
