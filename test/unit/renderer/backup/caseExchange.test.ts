import { describe, expect, it } from 'vitest';
import { provisionalReference } from '@shared/cases/reference';
import { createBackupRepository } from '../../../../renderer/backup/backupRepository';
import { createCaseExchange } from '../../../../renderer/backup/caseExchange';
import type { BeraadDb } from '../../../../renderer/db/database';
import { attachmentBytes, caseRecord, ids } from '../../../fixtures/backup/records';
import { testDatabase } from '../db/testDatabase';
import { dump, seedEveryTable } from './dbHelpers';

async function packageOfCaseA() {
  const source = testDatabase();
  await seedEveryTable(source);
  const { bytes, fileName } = await createCaseExchange(source, '0.1.0').exportCase(ids.caseA);
  return { source, bytes, fileName };
}

async function readPackage(db: BeraadDb, bytes: Uint8Array) {
  const read = await createBackupRepository(db, '0.1.0').read(bytes, 'case');
  if (!read.ok) throw new Error(JSON.stringify(read.refusal));
  return read.value;
}

describe('case package', () => {
  it('carries the case, what belongs to it and whom it names, and nothing of other cases', async () => {
    const { bytes, fileName } = await packageOfCaseA();
    expect(fileName).toBe('beraad-casus-EA-2026-001.zip');
    const pkg = await readPackage(testDatabase(), bytes);
    const { tables } = pkg;
    expect(tables.cases.map((c) => c.id)).toEqual([ids.caseA]);
    expect(tables.notes.map((n) => n.id)).toEqual([ids.note]);
    expect(tables.noteRevisions.map((r) => r.id)).toEqual([ids.revision]);
    expect(tables.attachments.map((a) => a.id)).toEqual([ids.attachment]);
    expect([...pkg.files.values()]).toEqual([attachmentBytes]);
    expect(tables.meetings[0]).toMatchObject({ caseIds: [ids.caseA], agenda: [{ id: ids.itemA }] });
    expect(tables.people.map((p) => p.id).sort()).toEqual([ids.person, ids.person2]);
    expect(tables.methodTemplates.map((t) => t.version)).toEqual([2]);
    expect(tables.counters.concat(tables.settings, tables.drafts)).toEqual([]);
    expect(pkg.manifest.case).toMatchObject({ id: ids.caseA, reference: 'EA-2026-001' });
  });

  it('is refused as a full backup, and a full backup is refused as a package', async () => {
    const { source, bytes } = await packageOfCaseA();
    const backups = createBackupRepository(source, '0.1.0');
    expect(await backups.read(bytes, 'full')).toMatchObject({ ok: false, refusal: { code: 'wrongKind', kind: 'case' } });
    expect(await backups.read(await backups.create(), 'case')).toMatchObject({ ok: false, refusal: { code: 'wrongKind', kind: 'full' } });
  });
});

describe('importing a case', () => {
  it('adds a case that is new here, with its attachment and the people it needs', async () => {
    const { bytes } = await packageOfCaseA();
    const db = testDatabase();
    const exchange = createCaseExchange(db, '0.1.0');
    const pkg = await readPackage(db, bytes);
    expect(await exchange.localReference(pkg)).toBeNull();
    expect(await exchange.importCase(pkg, 'mine')).toMatchObject({ ok: true, value: { caseId: ids.caseA, reference: 'EA-2026-001' } });
    expect((await db.cases.get(ids.caseA))?.reference).toBe('EA-2026-001');
    expect(new Uint8Array(await (await db.attachments.get(ids.attachment))!.blob.arrayBuffer())).toEqual(attachmentBytes);
    expect(await db.people.count()).toBe(2);
    expect((await db.notes.get(ids.note))?.caseId).toBe(ids.caseA);
  });

  it('keeps mine: changes nothing when the case is already here', async () => {
    const { source, bytes } = await packageOfCaseA();
    await source.cases.update(ids.caseA, { title: 'Mijn titel' });
    const before = await dump(source);
    const exchange = createCaseExchange(source, '0.1.0');
    const pkg = await readPackage(source, bytes);
    expect(await exchange.localReference(pkg)).toBe('EA-2026-001');
    expect(await exchange.importCase(pkg, 'mine')).toEqual({ ok: true, value: null });
    expect(await dump(source)).toEqual(before);
  });

  it('takes theirs: replaces this case’s records and leaves other cases alone', async () => {
    const { source, bytes } = await packageOfCaseA();
    await source.cases.update(ids.caseA, { title: 'Mijn titel' });
    const extraNote = { id: crypto.randomUUID(), meetingId: ids.meeting, agendaItemId: ids.itemA, caseId: ids.caseA, doc: { type: 'doc' as const, content: [] }, updatedAt: '2026-11-01T00:00:00.000Z', deletedAt: null };
    await source.notes.add(extraNote);
    const otherCase = await source.cases.get(ids.caseB);
    await createCaseExchange(source, '0.1.0').importCase(await readPackage(source, bytes), 'theirs');
    expect((await source.cases.get(ids.caseA))?.title).not.toBe('Mijn titel');
    expect(await source.notes.get(extraNote.id)).toBeUndefined();
    expect(await source.notes.get(ids.note)).toBeDefined();
    expect(await source.cases.get(ids.caseB)).toEqual(otherCase);
  });

  it('keeps both: adds a copy under new ids and a free reference, with its own attachment', async () => {
    const { source, bytes } = await packageOfCaseA();
    const imported = await createCaseExchange(source, '0.1.0').importCase(await readPackage(source, bytes), 'both');
    const plan = imported.ok ? imported.value : null;
    expect(plan?.reference).toBe('EA-2026-001 (2)');
    expect(plan?.caseId).not.toBe(ids.caseA);
    expect(await source.cases.count()).toBe(3);
    const copyAttachments = await source.attachments.where('caseId').equals(plan!.caseId).toArray();
    expect(copyAttachments).toHaveLength(1);
    expect(new Uint8Array(await copyAttachments[0]!.blob.arrayBuffer())).toEqual(attachmentBytes);
    const copyNotes = await source.notes.where('caseId').equals(plan!.caseId).toArray();
    expect(copyNotes).toHaveLength(1);
    expect(await source.noteRevisions.where('noteId').equals(copyNotes[0]!.id).count()).toBe(1);
    expect(await source.notes.get(ids.note)).toMatchObject({ caseId: ids.caseA });

    // The copy joins the meeting's agenda, so its page shows where its notes were taken.
    const [meeting] = await source.meetings.where('caseIds').equals(plan!.caseId).toArray();
    expect(meeting?.id).toBe(ids.meeting);
    expect(meeting?.caseIds).toEqual(expect.arrayContaining([ids.caseA, plan!.caseId]));
    const copyItem = meeting!.agenda.find((item) => item.caseId === plan!.caseId);
    expect(copyItem?.id).toBe(copyNotes[0]!.agendaItemId);
    expect(copyItem?.id).not.toBe(ids.itemA);
    expect(meeting!.agenda.find((item) => item.id === ids.itemA)?.caseId).toBe(ids.caseA);
  });

  it('in board mode leaves numbering a case new to the board to the server: a new case and a copy are concepts, a case taken over keeps its number here', async () => {
    const { bytes } = await packageOfCaseA();
    const db = testDatabase();
    const board = createCaseExchange(db, '0.1.0', undefined, () => 'server');
    expect(await board.importCase(await readPackage(db, bytes), 'mine')).toMatchObject({ ok: true, value: { reference: provisionalReference(ids.caseA) } });

    const { source } = await packageOfCaseA();
    const onBoard = createCaseExchange(source, '0.1.0', undefined, () => 'server');
    await source.cases.update(ids.caseA, { reference: 'EA-2026-007' });
    const copy = await onBoard.importCase(await readPackage(source, bytes), 'both');
    expect(copy.ok && copy.value && copy.value.reference).toBe(provisionalReference(copy.ok ? copy.value!.caseId : ''));
    await onBoard.importCase(await readPackage(source, bytes), 'theirs');
    expect((await source.cases.get(ids.caseA))?.reference).toBe('EA-2026-007');
  });

  it('gives a new case another number when its number is taken here by a different case', async () => {
    const { bytes } = await packageOfCaseA();
    const db = testDatabase();
    await db.cases.add(caseRecord(1, { reference: 'EA-2026-001' }));
    const plan = await createCaseExchange(db, '0.1.0').importCase(await readPackage(db, bytes), 'mine');
    expect(plan).toMatchObject({ ok: true, value: { caseId: ids.caseA, reference: 'EA-2026-001 (2)' } });
  });

  it('refuses, writing nothing, a package whose note id is taken here by another case', async () => {
    const { bytes } = await packageOfCaseA();
    const db = testDatabase();
    await db.cases.add(caseRecord(1, { reference: 'LOKAAL-1' }));
    await db.notes.add({ id: ids.note, meetingId: ids.meeting, agendaItemId: ids.itemA, caseId: ids.caseB, doc: { type: 'doc', content: [] }, updatedAt: '2026-11-01T00:00:00.000Z', deletedAt: null });
    const before = await dump(db);
    const imported = await createCaseExchange(db, '0.1.0').importCase(await readPackage(db, bytes), 'theirs');
    expect(imported).toEqual({ ok: false, refusal: { code: 'idInUse', table: 'notes', id: ids.note } });
    expect(await dump(db)).toEqual(before);
  });

  it('takes theirs over records of the same case without calling their ids taken', async () => {
    const { source, bytes } = await packageOfCaseA();
    const imported = await createCaseExchange(source, '0.1.0').importCase(await readPackage(source, bytes), 'theirs');
    expect(imported).toMatchObject({ ok: true, value: { caseId: ids.caseA } });
  });
});
