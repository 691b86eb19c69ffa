import { personInputSchema, personSchema, type Person, type PersonInput } from '@shared/people/personSchema';
import { caseBoardSchema, type CaseBoard } from '@shared/people/boardSchema';
import { parseOrThrow } from '@shared/util/validation';
import { systemClock, type Clock } from '../db/clock';
import type { BeraadDb } from '../db/database';

const byName = (a: Person, b: Person) => a.name.localeCompare(b.name, 'nl');

/** People are never deleted: only marked inactive, because records keep naming them. */
export function createPeopleRepository(db: BeraadDb, clock: Clock = systemClock) {
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

    async saveBoard(board: Omit<CaseBoard, 'updatedAt'>): Promise<CaseBoard> {
      const valid = parseOrThrow(caseBoardSchema, { ...board, updatedAt: clock().toISOString() });
      await db.caseBoards.put(valid);
      return valid;
    },
  };
}

export type PeopleRepository = ReturnType<typeof createPeopleRepository>;
