import { getSchema } from '@tiptap/core';
import { prosemirrorJSONToYXmlFragment } from '@tiptap/y-tiptap';
import { afterEach, describe, expect, it, onTestFinished, vi } from 'vitest';
import * as Y from 'yjs';
import type { RichText } from '@shared/cases/caseSchema';
import type { Numbering } from '@shared/cases/reference';
import { boardDocumentName, caseDocumentName } from '@shared/sync/protocol';
import { openFieldConflicts } from '@shared/sync/fieldConflicts';
import { readRecord, writeRecord } from '@shared/sync/recordMap';
import { readSharedText } from '@shared/sync/sharedText';
import { sharedTextName } from '@shared/sync/sharedTextNames';
import { createBackupRepository } from '../../../../renderer/backup/backupRepository';
import { createCaseExchange } from '../../../../renderer/backup/caseExchange';
import { createAdviceRepository } from '../../../../renderer/advice/adviceRepository';
import { createCaseRepository } from '../../../../renderer/cases/caseRepository';
import { richTextExtensions } from '../../../../renderer/components/richTextExtensions';
import { createMeetingRepository } from '../../../../renderer/meetings/meetingRepository';
import { createNoteRepository } from '../../../../renderer/meetings/noteRepository';
import { createPeopleRepository } from '../../../../renderer/people/peopleRepository';
import type { BeraadDb } from '../../../../renderer/db/database';
import { createDocumentStore } from '../../../../renderer/sync/documentStore';
import { createSyncEngine, type SyncEngine } from '../../../../renderer/sync/syncEngine';
import { installSyncOutbox } from '../../../../renderer/sync/syncOutbox';
import { caseInput } from '../../../fixtures/caseInput';
import { personInput } from '../../../fixtures/people';
import { testDatabase } from '../db/testDatabase';

const pattern = 'EA-{jjjj}-{nnn}';
const fromServer = Symbol('server');
const started: SyncEngine[] = [];
const schema = getSchema(richTextExtensions('notes'));
const paragraph = (text: string): RichText => ({ type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text }] }] });

/** One member's machine: its own database, with board mode on. */
async function machine(db: BeraadDb = testDatabase(), now = () => new Date('2026-06-01T10:00:00Z'), numbering: Numbering = 'local') {
  const problems: unknown[] = [];
  const outbox = installSyncOutbox(db);
  const engine = createSyncEngine(db, outbox, createDocumentStore(db), (error) => problems.push(error), now);
  await engine.start();
  started.push(engine);
  const cases = createCaseRepository(db, now, () => numbering);
  /** What the app does after each committed write: the engine takes it into the documents. */
  const settle = async () => {
    engine.changed();
    await engine.settled();
  };
  return { db, engine, cases, problems, settle };
}
type Machine = Awaited<ReturnType<typeof machine>>;

/** A note saved on a machine in board mode (its text "Begin"), and the case's document it went into. */
async function savedNote(a: Machine) {
  const registered = await a.cases.registerOne({ input: caseInput() }, pattern);
  const key = { meetingId: crypto.randomUUID(), agendaItemId: crypto.randomUUID(), caseId: registered.id };
  const notes = createNoteRepository(a.db);
  const id = await notes.idFor(key);
  await notes.save(key, paragraph('Begin'), id);
  await a.settle();
  return { notes, key, id, doc: await a.engine.document(caseDocumentName(registered.id)) };
}

/** What the server does between two machines: each gets what the other has, the board's document first. */
async function exchange(a: Machine, b: Machine): Promise<void> {
  for (let round = 0; round < 2; round++) {
    const names = new Set([boardDocumentName, ...a.engine.documents().keys(), ...b.engine.documents().keys()]);
    for (const name of names) {
      const [from, to] = [a.engine.documents().get(name), b.engine.documents().get(name)];
      if (from && to) {
        Y.applyUpdate(to, Y.encodeStateAsUpdate(from, Y.encodeStateVector(to)), fromServer);
        Y.applyUpdate(from, Y.encodeStateAsUpdate(to, Y.encodeStateVector(from)), fromServer);
      }
    }
  }
  await Promise.all([a.settle(), b.settle()]);
}

afterEach(() => {
  started.splice(0).forEach((engine) => engine.stop());
});

describe('sync engine', () => {
  it('brings a case registered on one machine, with its description, to another, and an edit back', async () => {
    const [a, b] = [await machine(), await machine()];
    const description: RichText = { type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'Achtergrond' }] }] };
    const registered = await a.cases.registerOne({ input: caseInput(), description }, pattern);
    await a.settle();
    await exchange(a, b);
    expect(await b.db.cases.get(registered.id)).toEqual(registered);
    expect((await b.db.caseDescriptions.get(registered.id))?.doc).toEqual(description);

    await b.cases.update(registered.id, caseInput({ title: 'Camera’s, herzien' }));
    await b.settle();
    await exchange(a, b);
    expect((await a.db.cases.get(registered.id))?.title).toBe('Camera’s, herzien');
    expect([...a.problems, ...b.problems]).toEqual([]);
  });

  it('keeps both machines’ edits to different fields of one case made while apart', async () => {
    const [a, b] = [await machine(), await machine()];
    const registered = await a.cases.registerOne({ input: caseInput() }, pattern);
    await a.settle();
    await exchange(a, b);

    await a.cases.update(registered.id, caseInput({ title: 'Titel van A' }));
    await b.cases.update(registered.id, caseInput({ question: 'Vraag van B' }));
    await Promise.all([a.settle(), b.settle()]);
    await exchange(a, b);

    for (const { db } of [a, b]) {
      const row = await db.cases.get(registered.id);
      expect([row?.title, row?.question]).toEqual(['Titel van A', 'Vraag van B']);
    }
  });

  it('shares a database used alone, and counts it as not yet shared from the first moment', async () => {
    const db = testDatabase();
    const solo = await createCaseRepository(db).registerOne({ input: caseInput() }, pattern);
    const a = await machine(db);
    await a.engine.shareEverything();
    expect(a.engine.pendingDocuments().has(caseDocumentName(solo.id))).toBe(true);
    await a.settle();
    expect(readRecord(a.engine.documents().get(caseDocumentName(solo.id))!, 'cases', solo.id)).toEqual(solo);
    expect(await a.db.syncOutbox.count()).toBe(0);
  });

  it('says which documents a drain went into, also when it changed nothing there, so their confirmation can be asked again', async () => {
    const a = await machine();
    const registered = await a.cases.registerOne({ input: caseInput() }, pattern);
    await a.settle();
    const drained: string[][] = [];
    a.engine.onDrained((names) => drained.push([...names]));
    await a.db.cases.put({ ...(await a.db.cases.get(registered.id))!, title: 'Tussendoor' });
    await a.db.cases.put(registered);
    await a.settle();
    expect(drained).toEqual([[caseDocumentName(registered.id)]]);
  });

  it('tells of its work outside its own transactions: what a listener starts reads any table', async () => {
    const [a, b] = [await machine(), await machine()];
    // As a screen woken by a listener would: React renders in a microtask, and the screen reads then.
    const reads = new Map<string, Promise<unknown>[]>();
    const readLater = (by: string) => () => queueMicrotask(() => reads.set(by, [...(reads.get(by) ?? []), a.db.methodTemplates.toArray()]));
    a.engine.onPendingChange(readLater('pending'));
    a.engine.onDocument((_name, doc) => {
      readLater('opened')();
      doc.on('update', readLater('changed'));
    });
    a.engine.onProjected(readLater('projected'));
    await a.cases.registerOne({ input: caseInput() }, pattern);
    await a.settle();
    await createPeopleRepository(b.db).create(personInput());
    await b.settle();
    await exchange(a, b);
    expect([...reads.keys()].sort()).toEqual(['changed', 'opened', 'pending', 'projected']);
    const failed = (await Promise.allSettled([...reads.values()].flat())).filter((read) => read.status === 'rejected');
    expect(failed).toEqual([]);
  });

  it('writes nothing to the outbox in solo mode', async () => {
    const db = testDatabase();
    installSyncOutbox(db);
    await createCaseRepository(db).registerOne({ input: caseInput() }, pattern);
    expect(await db.syncOutbox.count()).toBe(0);
  });

  it('notes each change in the transaction that makes it, so nothing is lost between writing and sharing', async () => {
    const a = await machine();
    const registered = await a.cases.registerOne({ input: caseInput() }, pattern);
    expect(await a.db.syncOutbox.count()).toBeGreaterThan(0);
    await a.settle();
    expect(await a.db.syncOutbox.count()).toBe(0);
    expect(readRecord(a.engine.documents().get(caseDocumentName(registered.id))!, 'cases', registered.id)).toEqual(registered);
  });

  it('leaves out a record from the server that does not fit its table, and counts it', async () => {
    const a = await machine();
    const registered = await a.cases.registerOne({ input: caseInput() }, pattern);
    await a.settle();
    const doc = a.engine.documents().get(caseDocumentName(registered.id))!;
    doc.transact(() => writeRecord(doc, 'cases', registered.id, { ...registered, status: 'gehackt' }, ['status']), fromServer);
    await a.settle();
    expect((await a.db.cases.get(registered.id))?.status).toBe(registered.status);
    expect(a.engine.refusedRecords()).toBe(1);
  });

  it('gives two cases numbered alike while apart the same outcome on both machines: the first registered keeps the number', async () => {
    const [a, b] = [await machine(undefined, () => new Date('2026-06-01T10:00:00Z')), await machine(undefined, () => new Date('2026-06-01T11:00:00Z'))];
    const first = await a.cases.registerOne({ input: caseInput({ title: 'Eerste' }) }, pattern);
    const second = await b.cases.registerOne({ input: caseInput({ title: 'Tweede' }) }, pattern);
    expect(second.reference).toBe(first.reference);
    await Promise.all([a.settle(), b.settle()]);
    await exchange(a, b);
    for (const { db } of [a, b]) {
      expect((await db.cases.get(first.id))?.reference).toBe('EA-2026-001');
      expect((await db.cases.get(second.id))?.reference).toBe(`EA-2026-001~${second.id.slice(0, 4)}`);
    }
  });

  it('shows a case registered in board mode as concept on both machines until the server’s number arrives, then that number, which a later edit keeps', async () => {
    const [a, b] = [await machine(undefined, undefined, 'server'), await machine(undefined, undefined, 'server')];
    const registered = await a.cases.registerOne({ input: caseInput() }, pattern);
    expect(registered.reference).toBe(`concept-${registered.id.replace(/-/g, '').slice(0, 8)}`);
    expect(await a.db.counters.count()).toBe(0);
    await a.settle();
    await exchange(a, b);
    expect((await b.db.cases.get(registered.id))?.reference).toBe(registered.reference);

    // What the server's referenceIssuer writes into the case's document.
    const serverDoc = new Y.Doc();
    Y.applyUpdate(serverDoc, Y.encodeStateAsUpdate(a.engine.documents().get(caseDocumentName(registered.id))!));
    writeRecord(serverDoc, 'cases', registered.id, { reference: 'EA-2026-014' }, ['reference']);
    for (const { engine } of [a, b]) Y.applyUpdate(engine.documents().get(caseDocumentName(registered.id))!, Y.encodeStateAsUpdate(serverDoc), fromServer);
    await Promise.all([a.settle(), b.settle()]);
    for (const { db } of [a, b]) expect((await db.cases.get(registered.id))?.reference).toBe('EA-2026-014');

    await a.cases.update(registered.id, caseInput({ title: 'Herzien' }));
    await a.settle();
    await exchange(a, b);
    expect(await b.db.cases.get(registered.id)).toMatchObject({ reference: 'EA-2026-014', title: 'Herzien' });
    expect([...a.problems, ...b.problems]).toEqual([]);
  });

  it('opens its documents again after a restart, with what the server has not yet confirmed', async () => {
    const a = await machine();
    const registered = await a.cases.registerOne({ input: caseInput() }, pattern);
    await a.settle();
    expect([...a.engine.pendingDocuments()].sort()).toEqual([boardDocumentName, caseDocumentName(registered.id)].sort());
    a.engine.stop();

    const again = createSyncEngine(a.db, installSyncOutbox(a.db), createDocumentStore(a.db), (error) => {
      throw error;
    });
    a.db.close();
    await a.db.open();
    await again.start();
    started.push(again);
    expect(readRecord(again.documents().get(caseDocumentName(registered.id))!, 'cases', registered.id)).toEqual(registered);
    expect(again.pendingDocuments().size).toBe(2);
    again.confirmed(boardDocumentName);
    await again.settled();
    expect([...again.pendingDocuments()]).toEqual([caseDocumentName(registered.id)]);
  });

  it('takes in a board fetched at once in one step: every case in its table through one write, one stored update per document', async () => {
    const a = await machine();
    const registered = [];
    for (let index = 0; index < 40; index++) registered.push(await a.cases.registerOne({ input: caseInput({ title: `Casus ${index}` }) }, pattern));
    await a.settle();
    const snapshot = [...a.engine.documents()].map(([name, doc]) => ({ name, state: Y.encodeStateAsUpdate(doc) }));
    const b = await machine();
    // Its own first writes (defaults, a case registered before the first connection) do not count as holding the board.
    await b.cases.registerOne({ input: caseInput({ title: 'Eigen casus' }) }, 'EB-{jjjj}-{nnn}');
    await b.settle();
    const transaction = vi.spyOn(b.db, 'transaction');
    expect(b.engine.holdsNothing()).toBe(true);

    await b.engine.receive(snapshot);
    await b.engine.settled();

    expect(await b.db.cases.count()).toBe(registered.length + 1);
    expect((await b.db.cases.get(registered[7]!.id))?.title).toBe('Casus 7');
    const caseWrites = transaction.mock.calls.filter(([mode, tables]) => mode === 'rw' && Array.isArray(tables) && tables.includes(b.db.cases));
    expect(caseWrites).toHaveLength(1);
    const ownUpdates = 2;
    expect(await b.db.syncUpdates.count()).toBe(snapshot.length + ownUpdates);
    expect(b.engine.holdsNothing()).toBe(false);
    // Received, not made here: only its own case (and the board's index of it) waits to be shared.
    expect(b.engine.pendingDocuments().size).toBe(ownUpdates);
    expect(b.problems).toEqual([]);
  });

  it('puts what was typed in a note’s shared text into the note on every machine, and the typing counts as not yet shared', async () => {
    const [a, b] = [await machine(), await machine()];
    const registered = await a.cases.registerOne({ input: caseInput() }, pattern);
    const key = { meetingId: crypto.randomUUID(), agendaItemId: crypto.randomUUID(), caseId: registered.id };
    const notes = createNoteRepository(a.db);
    const note = await notes.save(key, paragraph('Begin'), await notes.idFor(key));
    await a.settle();
    await exchange(a, b);
    const name = caseDocumentName(registered.id);
    await a.engine.confirmed(name);

    const doc = await a.engine.document(name);
    prosemirrorJSONToYXmlFragment(schema, paragraph('Getypt in de gedeelde tekst'), doc.getXmlFragment(sharedTextName({ table: 'notes', key: note.id, path: 'doc' })));
    await a.settle();
    expect(a.engine.pendingDocuments().has(name)).toBe(true);
    expect((await a.db.notes.get(note.id))?.doc).toEqual(paragraph('Getypt in de gedeelde tekst'));
    await exchange(a, b);
    expect((await b.db.notes.get(note.id))?.doc).toEqual(paragraph('Getypt in de gedeelde tekst'));
    expect([...a.problems, ...b.problems]).toEqual([]);
  });

  it('does not send a note’s whole text again when its editor saves what was typed in the shared text', async () => {
    // The typing is projected only when the test settles, so the editor's save comes first, as when it is quicker.
    vi.stubGlobal('requestIdleCallback', () => 0);
    vi.stubGlobal('cancelIdleCallback', () => undefined);
    onTestFinished(() => {
      vi.unstubAllGlobals();
    });
    const a = await machine();
    const { notes, key, id, doc } = await savedNote(a);
    const long = paragraph('Het adviesorgaan weegt de belangen af. '.repeat(300));
    const sent: number[] = [];
    prosemirrorJSONToYXmlFragment(schema, long, doc.getXmlFragment(sharedTextName({ table: 'notes', key: id, path: 'doc' })));
    doc.on('update', (update: Uint8Array) => sent.push(update.byteLength));
    await notes.save(key, long, id);
    await a.settle();
    expect(sent.reduce((sum, bytes) => sum + bytes, 0)).toBeLessThan(1000);
    expect((await a.db.notes.get(id))?.doc).toEqual(long);
    expect(a.problems).toEqual([]);
  });

  it('takes no text typed together for a value another member overwrote when the editor saves it', async () => {
    const a = await machine();
    const { notes, key, id, doc } = await savedNote(a);
    prosemirrorJSONToYXmlFragment(schema, paragraph('Samen getypt'), doc.getXmlFragment(sharedTextName({ table: 'notes', key: id, path: 'doc' })));
    await a.engine.settled();

    await notes.save(key, paragraph('Samen getypt, en meer'), id);
    await a.settle();
    expect(openFieldConflicts(doc)).toEqual([]);
    expect(a.problems).toEqual([]);
  });

  it('shows no conflict when two members’ editors each saved a note both typed in together', async () => {
    const [a, b] = [await machine(), await machine()];
    const registered = await a.cases.registerOne({ input: caseInput() }, pattern);
    const key = { meetingId: crypto.randomUUID(), agendaItemId: crypto.randomUUID(), caseId: registered.id };
    const id = await createNoteRepository(a.db).idFor(key);
    await createNoteRepository(a.db).save(key, paragraph('Begin'), id);
    await a.settle();
    await exchange(a, b);
    const name = caseDocumentName(registered.id);
    const text = { table: 'notes', key: id, path: 'doc' } as const;
    prosemirrorJSONToYXmlFragment(schema, paragraph('Samen'), (await a.engine.document(name)).getXmlFragment(sharedTextName(text)));
    await a.engine.settled();
    await exchange(a, b);

    // Each editor saves the text as it had it just then, the other's letters not yet in.
    await createNoteRepository(a.db).save(key, paragraph('Samen, Anna'), id);
    await createNoteRepository(b.db).save(key, paragraph('Samen, Bram'), id);
    await Promise.all([a.settle(), b.settle()]);
    await exchange(a, b);
    for (const machine of [a, b]) expect(openFieldConflicts(await machine.engine.document(name))).toEqual([]);
    expect([...a.problems, ...b.problems]).toEqual([]);
  });

  it('stores and projects what is typed once the page is idle, a burst at once, and settles without waiting for the idle time', async () => {
    const idle: (() => void)[] = [];
    vi.stubGlobal('requestIdleCallback', (work: () => void) => idle.push(work));
    vi.stubGlobal('cancelIdleCallback', () => undefined);
    // The page's own events, which Node's global scope does not have.
    const page = new EventTarget();
    vi.stubGlobal('addEventListener', page.addEventListener.bind(page));
    vi.stubGlobal('removeEventListener', page.removeEventListener.bind(page));
    try {
      const a = await machine();
      const registered = await a.cases.registerOne({ input: caseInput() }, pattern);
      const key = { meetingId: crypto.randomUUID(), agendaItemId: crypto.randomUUID(), caseId: registered.id };
      const notes = createNoteRepository(a.db);
      const note = await notes.save(key, paragraph('Begin'), await notes.idFor(key));
      await a.settle();
      const doc = await a.engine.document(caseDocumentName(registered.id));
      const fragment = doc.getXmlFragment(sharedTextName({ table: 'notes', key: note.id, path: 'doc' }));
      const stored = await a.db.syncUpdates.count();

      for (const text of ['T', 'Ty', 'Typ']) {
        fragment.delete(0, fragment.length);
        prosemirrorJSONToYXmlFragment(schema, paragraph(text), fragment);
        await new Promise((resolve) => setTimeout(resolve, 5));
      }
      expect(idle).toHaveLength(1);
      expect(await a.db.syncUpdates.count()).toBe(stored);
      expect((await a.db.notes.get(note.id))?.doc).toEqual(paragraph('Begin'));

      idle.shift()!();
      await a.engine.settled();
      expect(await a.db.syncUpdates.count()).toBeGreaterThan(stored);
      expect((await a.db.notes.get(note.id))?.doc).toEqual(paragraph('Typ'));

      prosemirrorJSONToYXmlFragment(schema, paragraph('en verder'), fragment);
      await a.engine.settled();
      expect((await a.db.notes.get(note.id))?.doc).toEqual(paragraph('en verder'));

      // A window that closes does not wait for the idle time either.
      prosemirrorJSONToYXmlFragment(schema, paragraph('tot slot'), fragment);
      const typedAt = await a.db.syncUpdates.count();
      page.dispatchEvent(new Event('pagehide'));
      await new Promise((resolve) => setTimeout(resolve, 50));
      expect(await a.db.syncUpdates.count()).toBeGreaterThan(typedAt);
      expect(a.problems).toEqual([]);
    } finally {
      vi.unstubAllGlobals();
    }
  });

  it('keeps the value that lost when both machines changed one field while apart, shows it on both, and lets either take it', async () => {
    // Clocks that move: each save stamps the record's time of change anew, which is no one's value to choose between.
    const ticking = (start: string) => {
      let at = Date.parse(start);
      return () => new Date((at += 1000));
    };
    const [a, b] = [await machine(undefined, ticking('2026-06-01T10:00:00Z')), await machine(undefined, ticking('2026-06-01T11:00:00Z'))];
    a.engine.setWriter('Anna');
    b.engine.setWriter('Bram');
    const registered = await a.cases.registerOne({ input: caseInput() }, pattern);
    await a.settle();
    await exchange(a, b);

    await a.cases.update(registered.id, caseInput({ title: 'Titel van Anna' }));
    await b.cases.update(registered.id, caseInput({ title: 'Titel van Bram' }));
    await Promise.all([a.settle(), b.settle()]);
    await exchange(a, b);
    // The machine whose value lost keeps it in the document; the next exchange brings it to the other.
    await exchange(a, b);

    const name = caseDocumentName(registered.id);
    const kept = (await a.db.cases.get(registered.id))!.title;
    const [lost, by] = kept === 'Titel van Anna' ? ['Titel van Bram', 'Bram'] : ['Titel van Anna', 'Anna'];
    expect((await b.db.cases.get(registered.id))?.title).toBe(kept);
    const [conflict, ...others] = b.engine.fieldConflicts(name);
    expect(conflict).toMatchObject({ table: 'cases', key: registered.id, field: 'title', value: lost, by });
    expect(others).toEqual([]);
    expect(a.engine.fieldConflicts(name)).toEqual([conflict]);

    await b.engine.settleFieldConflict(name, conflict!, true);
    await b.settle();
    await exchange(a, b);
    for (const { db, engine } of [a, b]) {
      expect((await db.cases.get(registered.id))?.title).toBe(lost);
      expect(engine.fieldConflicts(name)).toEqual([]);
    }
    expect([...a.problems, ...b.problems]).toEqual([]);
  });

  it('leaves the value that won when a kept value is set aside', async () => {
    const [a, b] = [await machine(), await machine()];
    const registered = await a.cases.registerOne({ input: caseInput() }, pattern);
    await a.settle();
    await exchange(a, b);
    await a.cases.update(registered.id, caseInput({ question: 'Vraag van A' }));
    await b.cases.update(registered.id, caseInput({ question: 'Vraag van B' }));
    await Promise.all([a.settle(), b.settle()]);
    await exchange(a, b);
    await exchange(a, b);
    const name = caseDocumentName(registered.id);
    const kept = (await a.db.cases.get(registered.id))!.question;

    await a.engine.settleFieldConflict(name, a.engine.fieldConflicts(name)[0]!, false);
    await a.settle();
    await exchange(a, b);
    for (const { db, engine } of [a, b]) {
      expect((await db.cases.get(registered.id))?.question).toBe(kept);
      expect(engine.fieldConflicts(name)).toEqual([]);
    }
  });

  it('keeps a case removed on one machine and changed on another while apart, shows the removal on both, and removes it once asked again', async () => {
    const [a, b] = [await machine(), await machine()];
    a.engine.setWriter('Anna');
    const registered = await a.cases.registerOne({ input: caseInput() }, pattern);
    await a.settle();
    await exchange(a, b);

    await a.db.cases.delete(registered.id);
    await b.cases.update(registered.id, caseInput({ question: 'Vraag van B' }));
    await Promise.all([a.settle(), b.settle()]);
    await exchange(a, b);

    const name = caseDocumentName(registered.id);
    for (const { db, engine } of [a, b]) {
      expect((await db.cases.get(registered.id))?.question).toBe('Vraag van B');
      expect(engine.removalConflicts(name)).toEqual([{ table: 'cases', key: registered.id, at: '2026-06-01T10:00:00.000Z', by: 'Anna' }]);
    }

    await b.engine.settleRemoval(name, b.engine.removalConflicts(name)[0]!, false);
    await b.settle();
    await exchange(a, b);
    for (const { db, engine } of [a, b]) {
      expect(await db.cases.get(registered.id)).toBeUndefined();
      expect(engine.removalConflicts(name)).toEqual([]);
    }
    expect([...a.problems, ...b.problems]).toEqual([]);
  });

  it('keeps a case whose removal met an edit on every machine once someone keeps it', async () => {
    const [a, b] = [await machine(), await machine()];
    const registered = await a.cases.registerOne({ input: caseInput() }, pattern);
    await a.settle();
    await exchange(a, b);
    await a.db.cases.delete(registered.id);
    await b.cases.update(registered.id, caseInput({ question: 'Vraag van B' }));
    await Promise.all([a.settle(), b.settle()]);
    await exchange(a, b);

    const name = caseDocumentName(registered.id);
    await a.engine.settleRemoval(name, a.engine.removalConflicts(name)[0]!, true);
    await a.settle();
    await exchange(a, b);
    for (const { db, engine } of [a, b]) {
      expect((await db.cases.get(registered.id))?.question).toBe('Vraag van B');
      expect(engine.removalConflicts(name)).toEqual([]);
    }
  });

  it('brings the secretary’s setting for members with a conflict of interest to every machine, and counts it as not yet shared', async () => {
    const [a, b] = [await machine(), await machine()];
    expect(a.engine.conflictPolicy()).toBe('readOnly');
    await a.engine.setConflictPolicy('excluded');
    expect(a.engine.pendingDocuments().has(boardDocumentName)).toBe(true);
    await exchange(a, b);
    expect(b.engine.conflictPolicy()).toBe('excluded');
  });

  it('keeps the other machine’s value when it arrives between an edit here and the edit going into the document', async () => {
    const [a, b] = [await machine(), await machine()];
    const registered = await a.cases.registerOne({ input: caseInput() }, pattern);
    await a.settle();
    await exchange(a, b);
    const name = caseDocumentName(registered.id);
    await b.cases.update(registered.id, caseInput({ title: 'Titel van B' }));
    await b.settle();

    await a.cases.update(registered.id, caseInput({ title: 'Titel van A' }));
    const [docA, docB] = [a.engine.documents().get(name)!, b.engine.documents().get(name)!];
    Y.applyUpdate(docA, Y.encodeStateAsUpdate(docB, Y.encodeStateVector(docA)), fromServer);
    await a.settle();
    await exchange(a, b);

    for (const { db, engine } of [a, b]) {
      expect((await db.cases.get(registered.id))?.title).toBe('Titel van A');
      expect(engine.fieldConflicts(name).map(({ field, value }) => [field, value])).toEqual([['title', 'Titel van B']]);
    }
  });

  it('takes a case the server no longer gives this account off this machine, with its notes and unshared edits, and does not open it again from the board’s index', async () => {
    const [a, b] = [await machine(), await machine()];
    const kept = await a.cases.registerOne({ input: caseInput({ title: 'Blijft' }) }, pattern);
    const gone = await a.cases.registerOne({ input: caseInput({ title: 'Gaat weg' }), description: paragraph('Achtergrond') }, pattern);
    const key = { meetingId: crypto.randomUUID(), agendaItemId: crypto.randomUUID(), caseId: gone.id };
    const notes = createNoteRepository(a.db);
    await notes.save(key, paragraph('Aantekening'), await notes.idFor(key));
    await a.settle();
    await exchange(a, b);
    const name = caseDocumentName(gone.id);
    // An edit made here that the server would refuse: it has not reached the document yet.
    await b.cases.update(gone.id, caseInput({ title: 'Nog niet gedeeld' }));

    await b.engine.forget(name);
    // Another machine names the case in the board's index again.
    a.engine.documents().get(boardDocumentName)!.getMap('caseIndex').set(gone.id, true);
    await exchange(a, b);

    expect((await b.db.cases.toArray()).map((row) => row.title)).toEqual(['Blijft']);
    expect(await b.db.caseDescriptions.get(gone.id)).toBeUndefined();
    expect(await b.db.notes.where('caseId').equals(gone.id).count()).toBe(0);
    expect(await b.db.syncOutbox.count()).toBe(0);
    expect(await b.db.syncUpdates.where('doc').equals(name).count()).toBe(0);
    expect(b.engine.pendingDocuments().has(name)).toBe(false);
    expect(b.engine.documents().has(name)).toBe(false);
    expect(b.engine.documents().has(caseDocumentName(kept.id))).toBe(true);
    expect(b.problems).toEqual([]);
  });

  it('keeps the fields of a case’s board composition that two machines each created while apart, shows the one both filled in, and ends alike on a machine joining later', async () => {
    const [a, b] = [await machine(), await machine()];
    a.engine.setWriter('Anna');
    b.engine.setWriter('Bram');
    const registered = await a.cases.registerOne({ input: caseInput() }, pattern);
    await a.settle();
    await exchange(a, b);

    const members = [{ personId: crypto.randomUUID(), role: 'lid' as const }];
    const conflicts = [{ personId: crypto.randomUUID(), declaredOn: '2026-06-01', description: 'Buurman van de aanvrager', measure: 'neemt_niet_deel' as const }];
    await createPeopleRepository(a.db).saveBoard({ caseId: registered.id, members, conflicts: [], note: 'Notitie van Anna' }, 'Anna');
    await createPeopleRepository(b.db).saveBoard({ caseId: registered.id, members: [], conflicts, note: 'Notitie van Bram' }, 'Bram');
    await Promise.all([a.settle(), b.settle()]);
    await exchange(a, b);
    await exchange(a, b);

    const name = caseDocumentName(registered.id);
    const kept = (await a.db.caseBoards.get(registered.id))!;
    expect([kept.members, kept.conflicts]).toEqual([members, conflicts]);
    const [lost, by] = kept.note === 'Notitie van Anna' ? ['Notitie van Bram', 'Bram'] : ['Notitie van Anna', 'Anna'];
    const later = await machine();
    await exchange(a, later);
    for (const { db, engine } of [a, b, later]) {
      expect(await db.caseBoards.get(registered.id)).toEqual(kept);
      expect(engine.fieldConflicts(name).map(({ table, field, value, by }) => [table, field, value, by])).toEqual([['caseBoards', 'note', lost, by]]);
    }
    expect([...a.problems, ...b.problems, ...later.problems]).toEqual([]);
  });

  it('keeps both first versions of an advice each machine started while apart: the other’s numbered on, the latest, on both machines', async () => {
    const [a, b] = [await machine(), await machine()];
    const registered = await a.cases.registerOne({ input: caseInput() }, pattern);
    await a.settle();
    await exchange(a, b);
    const labels = { positiveEffects: 'Positief', negativeEffects: 'Negatief', values: 'Waarden', agreements: 'Afspraken' };
    const started = [];
    for (const { db, cases, settle } of [a, b]) {
      started.push((await createAdviceRepository(db, cases).start(registered.id, labels, 'lid')).latest.id);
      await settle();
    }
    await exchange(a, b);
    await exchange(a, b);

    for (const { db, cases, engine } of [a, b]) {
      const loaded = (await createAdviceRepository(db, cases).load(registered.id))!;
      expect(new Set(loaded.versions.map((version) => version.id))).toEqual(new Set(started));
      expect(loaded.versions.map((version) => version.number)).toEqual([1, 2]);
      expect(loaded.latest).toMatchObject({ id: loaded.versions[1]!.id, number: 2 });
      expect(loaded.advice.latest).toEqual({ number: 2, status: 'draft' });
      expect(engine.fieldConflicts(caseDocumentName(registered.id))).toEqual([]);
    }
    expect([...a.problems, ...b.problems]).toEqual([]);
  });

  it('keeps both machines’ words in a case’s description that each started while apart, and shows no conflict for it', async () => {
    const [a, b] = [await machine(), await machine()];
    const registered = await a.cases.registerOne({ input: caseInput() }, pattern);
    await a.settle();
    await exchange(a, b);
    const name = caseDocumentName(registered.id);
    const ref = { table: 'caseDescriptions', key: registered.id, path: 'doc' } as const;

    for (const [{ engine, cases, settle }, text] of [[a, 'Tekst van Anna'], [b, 'Tekst van Bram']] as const) {
      const doc = await engine.document(name);
      prosemirrorJSONToYXmlFragment(schema, paragraph(text), doc.getXmlFragment(sharedTextName(ref)));
      await cases.saveDescription(registered.id, paragraph(text));
      await settle();
    }
    await exchange(a, b);
    await exchange(a, b);

    const texts = (doc: RichText | undefined) => JSON.stringify(doc);
    for (const { db, engine } of [a, b]) {
      const description = (await db.caseDescriptions.get(registered.id))?.doc;
      expect(texts(description)).toContain('Tekst van Anna');
      expect(texts(description)).toContain('Tekst van Bram');
      expect(engine.fieldConflicts(name)).toEqual([]);
    }
  });
  it('puts a case taken over from a file into its shared texts on every machine, in place of what was typed there', async () => {
    const [a, b] = [await machine(), await machine()];
    const registered = await a.cases.registerOne({ input: caseInput(), description: paragraph('Oude tekst') }, pattern);
    await a.settle();
    await exchange(a, b);
    const name = caseDocumentName(registered.id);
    const ref = { table: 'caseDescriptions', key: registered.id, path: 'doc' } as const;
    const typed = paragraph('Getypt door Bram');
    prosemirrorJSONToYXmlFragment(schema, typed, (await b.engine.document(name)).getXmlFragment(sharedTextName(ref)));
    await b.cases.saveDescription(registered.id, typed);
    await b.settle();
    await exchange(a, b);

    // The file: the same case, its description as someone else wrote it.
    const source = testDatabase();
    await source.cases.add((await a.db.cases.get(registered.id))!);
    await source.caseDescriptions.add({ ...(await a.db.caseDescriptions.get(registered.id))!, doc: paragraph('Uit het bestand') });
    const { bytes } = await createCaseExchange(source, '0.1.0').exportCase(registered.id);
    const read = await createBackupRepository(a.db, '0.1.0').read(bytes, 'case');
    if (!read.ok) throw new Error(JSON.stringify(read.refusal));
    expect(await createCaseExchange(a.db, '0.1.0', undefined, () => 'server').importCase(read.value, 'theirs')).toMatchObject({ ok: true });
    await a.settle();
    await exchange(a, b);

    for (const { db, engine } of [a, b]) {
      expect((await db.caseDescriptions.get(registered.id))?.doc).toEqual(paragraph('Uit het bestand'));
      expect(readSharedText(engine.documents().get(name)!, ref)).toEqual(paragraph('Uit het bestand'));
    }
    expect([...a.problems, ...b.problems]).toEqual([]);
  });

  it('keeps and shows the board’s conflicts too: a person’s field both machines changed, a meeting removed on one and changed on the other', async () => {
    const [a, b] = [await machine(), await machine()];
    const person = await createPeopleRepository(a.db).create({ name: 'Noor Hendriks', roles: ['lid'], discipline: 'Privacy', organisation: '', isAdministrator: false, active: true });
    const meeting = await createMeetingRepository(a.db).create({ title: 'Vergadering juni', startsAt: '2026-06-10T19:30', location: { kind: 'place', text: '' }, attendees: [], absentees: [], agenda: [] });
    await a.settle();
    await exchange(a, b);

    const edit = { name: 'Noor Hendriks', roles: ['lid' as const], organisation: '', isAdministrator: false, active: true };
    await createPeopleRepository(a.db).update(person.id, { ...edit, discipline: 'Juridisch' });
    await createPeopleRepository(b.db).update(person.id, { ...edit, discipline: 'Data' });
    await a.db.meetings.delete(meeting.id);
    await createMeetingRepository(b.db).update(meeting.id, { title: 'Vergadering juni, verplaatst', startsAt: '2026-06-11T19:30', location: { kind: 'place', text: '' }, attendees: [], absentees: [], agenda: [] });
    await Promise.all([a.settle(), b.settle()]);
    await exchange(a, b);
    await exchange(a, b);

    for (const { db, engine } of [a, b]) {
      expect(engine.fieldConflicts(boardDocumentName).map(({ table, key, field }) => [table, key, field])).toEqual([['people', person.id, 'discipline']]);
      expect(engine.removalConflicts(boardDocumentName).map(({ table, key }) => [table, key])).toEqual([['meetings', meeting.id]]);
      expect((await db.meetings.get(meeting.id))?.title).toBe('Vergadering juni, verplaatst');
    }
  });
});
