import './jitless';
import { createCaseRepository } from '../../../renderer/cases/caseRepository';
import { createDatabase } from '../../../renderer/db/database';
import { createActionRepository } from '../../../renderer/meetings/actionRepository';
import { createMeetingRepository } from '../../../renderer/meetings/meetingRepository';
import { createMethodRepository } from '../../../renderer/meetings/methodRepository';
import { createNoteRepository } from '../../../renderer/meetings/noteRepository';
import { createRecordRepository } from '../../../renderer/meetings/recordRepository';
import { shippedMethodTemplates } from '../../../renderer/meetings/shippedTemplates';
import { createPeopleRepository } from '../../../renderer/people/peopleRepository';
import { defaultReferencePattern } from '@shared/cases/reference';
import { generateActions } from './generateActions';
import { generateCases } from './generateCases';
import { generateNote } from './generateNote';
import { seedAdvice } from './seedAdvice';
import { seedAdvices } from './adviceRegisterSeed';

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

const notePages = 50;

/** A meeting with ten agenda items, each with a ~50-page note and a filled-in record. */
async function seedMeeting(): Promise<{ meetingId: string }> {
  const db = createDatabase();
  const methods = createMethodRepository(db);
  await methods.ensureDefaults(shippedMethodTemplates());
  const template = (await methods.latest()).find((m) => m.id === 'begeleidingsethiek')!;
  const caseIds = (await createCaseRepository(db).newest(10)).map((c) => c.id);
  const meeting = await createMeetingRepository(db).create({
    title: 'Benchmarkvergadering',
    startsAt: '2026-12-01T14:00',
    location: { kind: 'place', text: 'Raadszaal' },
    attendees: [],
    absentees: [],
    agenda: caseIds.map((caseId) => ({ id: crypto.randomUUID(), caseId, plannedMinutes: 30, methodId: template.id })),
  });
  const notes = createNoteRepository(db);
  const records = createRecordRepository(db);
  for (const item of meeting.agenda) {
    const key = { meetingId: meeting.id, agendaItemId: item.id, caseId: item.caseId };
    await notes.save(key, generateNote(notePages));
    const blank = records.blank(key, template);
    await records.save({ ...blank, dissent: 'Eén lid ziet liever geen proef.', agreements: ['DPIA aanvullen', 'Bewoners informeren'] });
  }
  db.close();
  return { meetingId: meeting.id };
}

/** Each time of writing a ~50-page note through the repository, as autosave does. */
async function noteSaveTimes(runs: number): Promise<number[]> {
  const db = createDatabase();
  const notes = createNoteRepository(db);
  const key = { meetingId: crypto.randomUUID(), agendaItemId: crypto.randomUUID(), caseId: crypto.randomUUID() };
  const doc = generateNote(notePages);
  const times: number[] = [];
  for (let run = 0; run < runs; run++) {
    const start = performance.now();
    await notes.save(key, doc);
    times.push(performance.now() - start);
  }
  // The timed note belongs to no case: it must not stay behind for the backup bench to find.
  const saved = await notes.forItem(key);
  await db.transaction('rw', db.notes, db.noteRevisions, async () => {
    await db.noteRevisions.where('[noteId+createdAt]').between([saved!.id, ''], [saved!.id, '\uffff']).delete();
    await db.notes.delete(saved!.id);
  });
  db.close();
  return times;
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

/**
 * The floor for seeding: the records the repository writes for `total` cases
 * (each case with its description, and the reference counter), put with
 * IndexedDB's own API into a scratch database with the app's indexes for
 * those tables, in the same batches and with the same durability, with no
 * app code in between. Cases per second.
 */
async function rawSeedFloor(total: number, batch: number): Promise<number> {
  const name = 'beraad-bench-seed-floor';
  const db = await new Promise<IDBDatabase>((resolve, reject) => {
    const request = indexedDB.open(name, 1);
    request.onupgradeneeded = () => {
      const cases = request.result.createObjectStore('cases', { keyPath: 'id' });
      cases.createIndex('reference', 'reference', { unique: true });
      cases.createIndex('receivedOn', 'receivedOn');
      request.result.createObjectStore('caseDescriptions', { keyPath: 'caseId' });
      request.result.createObjectStore('counters', { keyPath: 'key' });
    };
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error);
  });
  const start = performance.now();
  for (let offset = 0; offset < total; offset += batch) {
    const stamp = new Date().toISOString();
    const records = generateCases(Math.min(batch, total - offset), offset).map(({ input, description, status }, index) => {
      const id = crypto.randomUUID();
      return {
        kase: { ...input, id, reference: `EA-2026-${offset + index + 1}`, status, statusHistory: [], createdAt: stamp, updatedAt: stamp, archivedAt: null },
        description: { caseId: id, doc: description, updatedAt: stamp },
      };
    });
    await new Promise<void>((resolve, reject) => {
      const transaction = db.transaction(['cases', 'caseDescriptions', 'counters'], 'readwrite', { durability: 'strict' });
      for (const { kase, description } of records) {
        transaction.objectStore('cases').add(kase);
        transaction.objectStore('caseDescriptions').add(description);
      }
      transaction.objectStore('counters').put({ key: 'EA-2026', value: offset + records.length });
      transaction.oncomplete = () => resolve();
      transaction.onerror = () => reject(transaction.error);
    });
  }
  const seconds = (performance.now() - start) / 1000;
  db.close();
  await new Promise((resolve) => (indexedDB.deleteDatabase(name).onsuccess = resolve));
  return Math.round(total / seconds);
}

async function seedAdviceVersions(): Promise<{ issuedCaseId: string; draftCaseId: string }> {
  const db = createDatabase();
  const seeded = await seedAdvice(db);
  db.close();
  return seeded;
}

(window as unknown as { beraadBench: unknown }).beraadBench = {
  seed,
  seedMeeting,
  noteSaveTimes,
  seedActions,
  rawPutsPerSecond,
  rawSeedFloor,
  seedAdvice: seedAdviceVersions,
  seedAdvices,
};
