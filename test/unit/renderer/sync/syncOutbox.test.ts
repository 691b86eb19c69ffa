import { describe, expect, it } from 'vitest';
import { createCaseRepository } from '../../../../renderer/cases/caseRepository';
import type { BeraadDb } from '../../../../renderer/db/database';
import { installSyncOutbox } from '../../../../renderer/sync/syncOutbox';
import { caseInput } from '../../../fixtures/caseInput';
import { testDatabase } from '../db/testDatabase';

const pattern = 'EA-{jjjj}-{nnn}';
const at = '2026-06-01T10:00:00.000Z';
const emptyDoc = { type: 'doc' as const, content: [] };
const written = { type: 'doc' as const, content: [{ type: 'paragraph', content: [{ type: 'text', text: 'Achtergrond' }] }] };

async function capturing(): Promise<{ db: BeraadDb; caseId: string }> {
  const db = testDatabase();
  const outbox = installSyncOutbox(db);
  const registered = await createCaseRepository(db).registerOne({ input: caseInput(), description: written }, pattern);
  outbox.setCapturing(true);
  return { db, caseId: registered.id };
}

const entries = (db: BeraadDb) => db.syncOutbox.toArray().then((rows) => rows.map(({ doc, table, recordKey, fields }) => ({ doc, table, recordKey, fields })));

describe('sync outbox', () => {
  it('notes a new record as whole, and a change by the fields it changed', async () => {
    const { db, caseId } = await capturing();
    const before = (await db.cases.get(caseId))!;
    await db.cases.put({ ...before, title: 'Nieuwe titel', updatedAt: at });
    await db.actions.add({ id: crypto.randomUUID(), caseId, meetingId: null, description: 'Bellen', owner: '', dueOn: null, state: 'open', createdAt: at, updatedAt: at } as never);
    const noted = await entries(db);
    expect(noted[0]).toEqual({ doc: `case/${caseId}`, table: 'cases', recordKey: caseId, fields: ['title', 'updatedAt'] });
    expect(noted[1]).toMatchObject({ doc: `case/${caseId}`, table: 'actions', fields: null });
  });

  it('notes nothing for a write that changes nothing', async () => {
    const { db, caseId } = await capturing();
    await db.cases.put((await db.cases.get(caseId))!);
    expect(await db.syncOutbox.count()).toBe(0);
  });

  it('files a note’s revision under the case of its note', async () => {
    const { db, caseId } = await capturing();
    const noteId = crypto.randomUUID();
    await db.notes.add({ id: noteId, meetingId: crypto.randomUUID(), agendaItemId: crypto.randomUUID(), caseId, doc: emptyDoc, updatedAt: at, deletedAt: null });
    await db.noteRevisions.add({ id: crypto.randomUUID(), noteId, doc: emptyDoc, reason: 'manual', createdAt: at });
    expect((await entries(db)).map((entry) => [entry.table, entry.doc])).toEqual([
      ['notes', `case/${caseId}`],
      ['noteRevisions', `case/${caseId}`],
    ]);
  });

  it('notes every removed record, also when a whole table is cleared', async () => {
    const { db, caseId } = await capturing();
    await db.caseDescriptions.delete(caseId);
    await db.cases.clear();
    expect(await entries(db)).toEqual([
      { doc: `case/${caseId}`, table: 'caseDescriptions', recordKey: caseId, fields: null },
      { doc: `case/${caseId}`, table: 'cases', recordKey: caseId, fields: null },
    ]);
  });

  it('marks a record removed and written again in one transaction as replacing the old one, and no other write', async () => {
    const { db, caseId } = await capturing();
    const description = (await db.caseDescriptions.get(caseId))!;
    await db.transaction('rw', db.caseDescriptions, async () => {
      await db.caseDescriptions.delete(caseId);
      await db.caseDescriptions.add({ ...description, doc: emptyDoc });
    });
    await db.caseDescriptions.put({ ...description, doc: written });
    await db.caseDescriptions.delete(caseId);
    await db.caseDescriptions.add(description);
    const noted = await db.syncOutbox.toArray();
    expect(noted.map(({ fields, replaces }) => ({ fields, replaces }))).toEqual([
      { fields: null, replaces: undefined },
      { fields: null, replaces: true },
      { fields: ['doc'], replaces: undefined },
      { fields: null, replaces: undefined },
      { fields: null, replaces: undefined },
    ]);
  });

  it('notes nothing of a write that failed: the note commits with the change or not at all', async () => {
    const { db, caseId } = await capturing();
    const before = (await db.cases.get(caseId))!;
    await expect(
      db.transaction('rw', db.cases, async () => {
        await db.cases.put({ ...before, title: 'Half' });
        throw new Error('afgebroken');
      }),
    ).rejects.toThrow('afgebroken');
    expect(await db.syncOutbox.count()).toBe(0);
    expect((await db.cases.get(caseId))?.title).toBe(before.title);
  });

  it('leaves tables that stay on this machine alone', async () => {
    const { db } = await capturing();
    await db.settings.put({ key: 'app', value: {}, updatedAt: at });
    await db.drafts.put({ key: 'x', value: 1, updatedAt: at });
    expect(await db.syncOutbox.count()).toBe(0);
  });
});
