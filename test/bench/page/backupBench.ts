import './jitless';
import type Dexie from 'dexie';
import { defaultReferencePattern } from '@shared/cases/reference';
import { tableNames, type TableSpec } from '@shared/backup/tables';
import { createBackupRepository, currentSchemaVersion, withBlob } from '../../../renderer/backup/backupRepository';
import { createCaseRepository } from '../../../renderer/cases/caseRepository';
import { createDatabase, databaseName, type BeraadDb } from '../../../renderer/db/database';
import { createMeetingRepository } from '../../../renderer/meetings/meetingRepository';
import { createWorkerPacker } from '../../../renderer/backup/workerPacker';
import { systemClock } from '../../../renderer/db/clock';
import { generateCases } from './generateCases';
import { generateNote } from './generateNote';

/*
 * Runs in the app's origin, on the app's own database and backup code
 * (injected by test/bench/backupBench.ts). The zip stays in the page between
 * backup and restore, as it would in the app.
 */
let lastBackup: Uint8Array | null = null;

/** The app's built packing worker, which this page cannot build itself (see usePackWorker). */
let packWorkerUrl: string | null = null;

/** Backups pack in the worker at `url`, the app's own build of renderer/backup/packWorker.ts. */
function usePackWorker(url: string): void {
  packWorkerUrl = url;
}

/** `cases` cases with descriptions, and one note of about a page for each, written in batches. */
async function seed(cases: number): Promise<{ ms: number; notes: number }> {
  const db = createDatabase();
  const repository = createCaseRepository(db);
  const start = performance.now();
  // The notes' meeting exists, as in the app: a backup with a note of a missing meeting is refused.
  const { id: meetingId } = await createMeetingRepository(db).create({
    title: 'Benchmarkvergadering back-up',
    startsAt: '2026-12-02T14:00',
    location: { kind: 'place', text: 'Raadszaal' },
    attendees: [],
    absentees: [],
    agenda: [],
  });
  const note = generateNote(1);
  let notes = 0;
  for (let offset = 0; offset < cases; offset += 1000) {
    const registered = await repository.register(generateCases(Math.min(1000, cases - offset), offset), defaultReferencePattern);
    const stamp = new Date().toISOString();
    await db.notes.bulkAdd(
      registered.map((c) => ({ id: crypto.randomUUID(), meetingId, agendaItemId: crypto.randomUUID(), caseId: c.id, doc: note, updatedAt: stamp, deletedAt: null })),
    );
    notes += registered.length;
  }
  db.close();
  return { ms: performance.now() - start, notes };
}

/** A backup as the app makes it, its tables packed in the worker; or, for comparison, on the page's own thread. */
async function backup(packedOn: 'worker' | 'page' = 'worker'): Promise<{ ms: number; bytes: number; cases: number }> {
  const db = createDatabase();
  const inWorker = () => createWorkerPacker(new Worker(packWorkerUrl!, { type: 'module' }));
  const repository = packedOn === 'worker' ? createBackupRepository(db, 'bench', systemClock, inWorker) : createBackupRepository(db, 'bench');
  const start = performance.now();
  lastBackup = await repository.create();
  const ms = performance.now() - start;
  const cases = await db.cases.count();
  db.close();
  return { ms, bytes: lastBackup.byteLength, cases };
}

/**
 * What a week of work changes between a backup and its restore: 1 % of the
 * cases retitled, as many notes rewritten, 20 cases added and 10 removed.
 */
async function changeSomeData(db: BeraadDb): Promise<void> {
  const cases = await db.cases.limit(Math.ceil((await db.cases.count()) / 100)).toArray();
  const stamp = new Date().toISOString();
  await db.cases.bulkPut(cases.map((c) => ({ ...c, title: `${c.title} (bijgewerkt)`, updatedAt: stamp })));
  const notes = await db.notes.limit(cases.length).toArray();
  await db.notes.bulkPut(notes.map((n) => ({ ...n, doc: generateNote(2), updatedAt: stamp })));
  await createCaseRepository(db).register(generateCases(20, 900_000), defaultReferencePattern);
  await removeCases(db, 10);
}

/**
 * Removes cases with everything that belongs to them, as the app would leave
 * the data: a backup with a note whose case is gone is refused before restore.
 * Cases on a meeting's agenda are kept, so no agenda points at nothing.
 */
async function removeCases(db: BeraadDb, count: number): Promise<void> {
  const candidates = (await db.cases.limit(count * 5).primaryKeys()) as string[];
  const onAgenda = new Set((await db.meetings.where('caseIds').anyOf(candidates).toArray()).flatMap((meeting) => meeting.caseIds));
  const ids = candidates.filter((id) => !onAgenda.has(id)).slice(0, count);
  const owned = (record: { caseId: string }) => ids.includes(record.caseId);
  const dependents = [db.caseDescriptions, db.attachments, db.caseBoards, db.notes, db.records, db.actions, db.advices, db.adviceVersions, db.auditEvents];
  await db.transaction('rw', [db.cases, db.noteRevisions, ...dependents], async () => {
    const noteIds = (await db.notes.filter(owned).primaryKeys()) as string[];
    await db.noteRevisions.filter((revision) => noteIds.includes(revision.noteId)).delete();
    for (const table of dependents) await (table as unknown as Dexie.Table<{ caseId: string }>).filter(owned).delete();
    await db.cases.bulkDelete(ids);
  });
}

const emptyAll = (db: BeraadDb) => db.transaction('rw', db.tables, () => Promise.all(db.tables.map((table) => table.clear())));

/**
 * Checks the last backup and restores it, timed apart: the user waits for
 * both, the preview sits between. `onto` is what the data looks like before:
 * changed a little since the backup, or an empty database (a new machine).
 */
async function restore(onto: 'changed' | 'empty'): Promise<{ readMs: number; writeMs: number; ms: number; cases: number }> {
  const db = createDatabase();
  if (onto === 'changed') await changeSomeData(db);
  else await emptyAll(db);
  const backups = createBackupRepository(db, 'bench');
  const start = performance.now();
  const read = await backups.read(lastBackup!);
  if (!read.ok) throw new Error(`refused: ${JSON.stringify(read.refusal)}`);
  const readMs = performance.now() - start;
  await backups.restore(read.value);
  const ms = performance.now() - start;
  const cases = await db.cases.count();
  db.close();
  return { readMs, writeMs: ms - readMs, ms, cases };
}

/** The app's database opened with IndexedDB's own API, at whatever version the app left it. */
function openRaw(): Promise<IDBDatabase> {
  return new Promise<IDBDatabase>((resolve, reject) => {
    const request = indexedDB.open(databaseName);
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error);
  });
}

/**
 * The floor of a restore into an empty database: the records of the last
 * backup put with IndexedDB's own API into the app's own database, emptied
 * and then left alone for as long as restore('empty') leaves it (the check of
 * the file sits between), so both write into the same object stores and
 * indexes in the same state; written at once after emptying, the floor paid
 * for IndexedDB's cleanup of the deleted records and came out twice the app's
 * write. One transaction over every table, as the app writes, so the floor
 * has the same one commit. Durability 'strict', as the app's.
 * The database is left empty.
 */
async function rawWriteFloor(): Promise<{ ms: number; records: number }> {
  const dexie = createDatabase();
  await emptyAll(dexie);
  dexie.close();
  const { readBackup } = await import('@shared/backup/readBackup');
  const { fitsEditor } = await import('../../../renderer/backup/richTextCheck');
  const read = await readBackup(lastBackup!, { kind: 'full', schemaVersion: currentSchemaVersion, checkRichText: fitsEditor });
  if (!read.ok) throw new Error(`refused: ${JSON.stringify(read.refusal)}`);
  const { tables } = read.value;
  const db = await openRaw();
  const names = tableNames.filter((table) => tables[table].length > 0);
  const start = performance.now();
  await new Promise<void>((resolve, reject) => {
    const transaction = db.transaction(names, 'readwrite', { durability: 'strict' });
    for (const table of names) {
      const store = transaction.objectStore(table);
      for (const record of tables[table]) store.put(table === 'attachments' ? withBlob(record, read.value.files) : record);
    }
    transaction.oncomplete = () => resolve();
    transaction.onerror = () => reject(transaction.error);
  });
  const ms = performance.now() - start;
  db.close();
  const cleanup = createDatabase();
  await emptyAll(cleanup);
  cleanup.close();
  return { ms, records: names.reduce((sum, table) => sum + tables[table].length, 0) };
}

/**
 * The floor of a backup: every record of every table a backup holds, read
 * with IndexedDB's own API in one read-only transaction, a getAll per table,
 * and nothing made of them. Milliseconds.
 */
async function rawReadFloor(): Promise<number> {
  const db = await openRaw();
  const start = performance.now();
  const transaction = db.transaction(tableNames, 'readonly');
  await Promise.all(
    tableNames.map(
      (name) =>
        new Promise((resolve, reject) => {
          const request = transaction.objectStore(name).getAll();
          request.onsuccess = () => resolve(request.result);
          request.onerror = () => reject(request.error);
        }),
    ),
  );
  const ms = performance.now() - start;
  db.close();
  return ms;
}

/** The check of a backup with and without the rich-text check, which is its largest part. */
async function phases(): Promise<Record<string, number>> {
  const { readBackup } = await import('@shared/backup/readBackup');
  const { fitsEditor } = await import('../../../renderer/backup/richTextCheck');
  const db = createDatabase();
  const t0 = performance.now();
  const bytes = await createBackupRepository(db, 'bench').create();
  lastBackup = bytes;
  const t1 = performance.now();
  await readBackup(bytes, { kind: 'full', schemaVersion: currentSchemaVersion, checkRichText: () => true });
  const t2 = performance.now();
  await readBackup(bytes, { kind: 'full', schemaVersion: currentSchemaVersion, checkRichText: fitsEditor });
  const t3 = performance.now();
  db.close();
  return { create: t1 - t0, readNoRich: t2 - t1, readRich: t3 - t2 };
}

/** One table's records read with IndexedDB's own API in a read-only transaction of its own. */
async function getAllOf(db: IDBDatabase, table: string): Promise<unknown[]> {
  return new Promise((resolve, reject) => {
    const request = db.transaction(table, 'readonly').objectStore(table).getAll();
    request.onsuccess = () => resolve(request.result as unknown[]);
    request.onerror = () => reject(request.error);
  });
}

/** Where a backup's time goes, table by table: reading, copying in memory (the cost of deserializing), JSON, UTF-8, deflate, SHA-256. */
async function breakdown(): Promise<Record<string, Record<string, number>>> {
  const { toUtf8 } = await import('@shared/backup/packEntry');
  const { deflatedEntry } = await import('@shared/backup/zipWriter');
  const { sha256Hex } = await import('@shared/backup/sha256');
  const { deflateSync } = await import('fflate');
  const db = await openRaw();
  const out: Record<string, Record<string, number>> = {};
  const time = async <T,>(work: () => T | Promise<T>): Promise<[T, number]> => {
    const start = performance.now();
    const result = await work();
    return [result, Math.round(performance.now() - start)];
  };
  for (const table of tableNames) {
    const [records, read] = await time(() => getAllOf(db, table));
    if (records.length === 0) continue;
    const [, clone] = await time(() => structuredClone(records));
    const [json, stringify] = await time(() => JSON.stringify(records));
    const [bytes, utf8] = await time(() => toUtf8(json));
    const [entry, gzip] = await time(() => deflatedEntry(table, bytes));
    const [level1, fflate1] = await time(() => deflateSync(bytes, { level: 1 }));
    const [, sha] = await time(() => sha256Hex(bytes));
    out[table] = {
      records: records.length,
      mb: Math.round(bytes.byteLength / 1e5) / 10,
      read,
      clone,
      stringify,
      utf8,
      gzip,
      gzipMb: Math.round(('deflated' in entry ? entry.deflated.byteLength : 0) / 1e5) / 10,
      fflate1,
      fflate1Mb: Math.round(level1.byteLength / 1e5) / 10,
      sha,
    };
  }
  db.close();
  return out;
}

/** Where the check of the last backup spends its time: unzip (fflate and native), SHA-256, UTF-8 and JSON, the depth walk, schemas, rich text. */
async function checkBreakdown(): Promise<Record<string, number>> {
  const { unzipSync } = await import('fflate');
  const { sha256Hex } = await import('@shared/backup/sha256');
  const { parseJsonEntry, droppedKey } = await import('@shared/backup/safeJson');
  const { backupTables } = await import('@shared/backup/tables');
  const { fitsEditor } = await import('../../../renderer/backup/richTextCheck');
  const out: Record<string, number> = {};
  let mark = performance.now();
  const lap = (name: string) => {
    const now = performance.now();
    out[name] = Math.round((out[name] ?? 0) + now - mark);
    mark = now;
  };
  const { unzipEntries } = await import('@shared/backup/zipReader');
  const files = unzipSync(lastBackup!);
  lap('unzipFflate');
  await unzipEntries(lastBackup!, () => true);
  lap('unzipNative');
  await Promise.all(Object.values(files).map((bytes) => sha256Hex(bytes)));
  lap('sha256');
  const decoder = new TextDecoder('utf-8', { fatal: true });
  for (const table of tableNames) {
    const bytes = files[`tables/${table}.json`];
    if (!bytes) continue;
    const text = decoder.decode(bytes);
    lap('utf8');
    JSON.parse(text);
    lap('jsonParse');
    const parsed = parseJsonEntry(table, bytes, 256);
    lap('parseJsonEntry');
    if (!parsed.ok) continue;
    for (const record of parsed.value as unknown[]) {
      const data = backupTables[table].schema.safeParse(record).data;
      lap('zod');
      droppedKey(record, data);
      lap('droppedKey');
      const spec: TableSpec = backupTables[table];
      if (spec.richText) {
        for (const { doc } of spec.richText.fields(record as Record<string, unknown>)) fitsEditor(doc, 'notes');
        lap('richText');
      }
    }
  }
  return out;
}

(window as unknown as { beraadBackupBench: unknown }).beraadBackupBench = { usePackWorker, seed, backup, restore, rawWriteFloor, rawReadFloor, phases, breakdown, checkBreakdown };
