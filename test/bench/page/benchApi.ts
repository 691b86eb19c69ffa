import './jitless';
import { createCaseRepository } from '../../../renderer/cases/caseRepository';
import { createDatabase } from '../../../renderer/db/database';
import { createActionRepository } from '../../../renderer/meetings/actionRepository';
import { createPeopleRepository } from '../../../renderer/people/peopleRepository';
import { defaultReferencePattern } from '@shared/cases/reference';
import { generateActions } from './generateActions';
import { generateCases } from './generateCases';

/**
 * Runs inside the app's own origin (injected by run.ts) so it seeds the same
 * IndexedDB the app reads, through the same repository code the app uses.
 */
async function seed(total: number, batch: number): Promise<{ ms: number }> {
  const db = createDatabase();
  const cases = createCaseRepository(db);
  const start = performance.now();
  for (let offset = 0; offset < total; offset += batch) {
    await cases.register(generateCases(Math.min(batch, total - offset), offset), defaultReferencePattern);
  }
  const ms = performance.now() - start;
  db.close();
  return { ms };
}

/** Open actions on the seeded cases, with a few owners, for the actions overview. */
async function seedActions(): Promise<{ count: number; ms: number }> {
  const db = createDatabase();
  const actions = createActionRepository(db);
  const people = createPeopleRepository(db);
  const start = performance.now();
  const owners = await Promise.all(
    ['A. de Vries', 'B. Jansen', 'C. Bakker', 'D. Visser', 'E. Smit'].map((name) =>
      people.create({ name, roles: ['lid'], discipline: '', organisation: '', isAdministrator: false, active: true }),
    ),
  );
  const caseIds = (await createCaseRepository(db).list()).map((c) => c.id);
  const planned = generateActions(
    caseIds,
    owners.map((owner) => owner.id),
  );
  // One transaction per thousand: the repository's add joins it, instead of committing (strictly) one by one.
  for (let offset = 0; offset < planned.length; offset += 1000) {
    await db.transaction('rw', db.actions, () =>
      Promise.all(
        planned
          .slice(offset, offset + 1000)
          .map(({ caseId, input }) => actions.add({ caseId, meetingId: null, agendaItemId: null }, input)),
      ),
    );
  }
  const ms = performance.now() - start;
  db.close();
  return { count: planned.length, ms };
}

/**
 * What this browser on this machine can write at all: tiny records, one
 * transaction, no library. Seeding can only approach this ceiling, so the
 * bench reports it beside the seeding rate.
 */
async function rawPutsPerSecond(count: number): Promise<number> {
  const name = 'beraad-bench-raw';
  const open = indexedDB.open(name, 1);
  open.onupgradeneeded = () => open.result.createObjectStore('rows', { keyPath: 'id' });
  const db = await new Promise<IDBDatabase>((resolve, reject) => {
    open.onsuccess = () => resolve(open.result);
    open.onerror = () => reject(open.error);
  });
  const start = performance.now();
  await new Promise<void>((resolve, reject) => {
    const tx = db.transaction('rows', 'readwrite', { durability: 'strict' });
    for (let i = 0; i < count; i++) tx.objectStore('rows').put({ id: i });
    tx.oncomplete = () => resolve();
    tx.onerror = () => reject(tx.error);
  });
  const seconds = (performance.now() - start) / 1000;
  db.close();
  indexedDB.deleteDatabase(name);
  return Math.round(count / seconds);
}

(window as unknown as { beraadBench: unknown }).beraadBench = { seed, seedActions, rawPutsPerSecond };
