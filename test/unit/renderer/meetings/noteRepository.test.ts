import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { firstNoteId } from '@shared/meetings/firstNoteId';
import { createNoteRepository } from '../../../../renderer/meetings/noteRepository';
import type { RichText } from '@shared/cases/caseSchema';
import { testDatabase } from '../db/testDatabase';

const key = () => ({ meetingId: crypto.randomUUID(), agendaItemId: crypto.randomUUID(), caseId: crypto.randomUUID() });
/** Each reading one millisecond later, as real time passes between separate user actions. */
const tickingClock = () => {
  let now = Date.parse('2026-05-12T14:00:00Z');
  return () => new Date(now++);
};
const doc = (text: string): RichText => ({ type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text }] }] });

describe('note repository', () => {
  it('creates the note on first save and updates the same note afterwards', async () => {
    const repo = createNoteRepository(testDatabase(), tickingClock());
    const item = key();
    expect(await repo.forItem(item)).toBeUndefined();
    const first = await repo.save(item, doc('een'));
    const second = await repo.save(item, doc('twee'));
    expect(second.id).toBe(first.id);
    expect((await repo.forItem(item))?.doc).toEqual(doc('twee'));
  });

  it('snapshots once per distinct text for sessions, always on demand, and restores reversibly', async () => {
    const repo = createNoteRepository(testDatabase(), tickingClock());
    const item = key();
    const note = await repo.save(item, doc('versie 1'));
    expect(await repo.snapshot(note.id, 'session')).not.toBeNull();
    expect(await repo.snapshot(note.id, 'session')).toBeNull();
    expect(await repo.snapshot(note.id, 'manual')).not.toBeNull();
    await repo.save(item, doc('versie 2'));
    const [latest, older] = await repo.revisions(note.id);
    const restored = await repo.restore(older!.id);
    expect(restored.doc).toEqual(doc('versie 1'));
    const revisions = await repo.revisions(note.id);
    expect(revisions[0]).toMatchObject({ reason: 'before_restore', doc: doc('versie 2') });
    expect(latest!.doc).toEqual(doc('versie 1'));
  });

  it('discards to the trash and restores, sending a newer note to the trash in its place', async () => {
    const repo = createNoteRepository(testDatabase(), tickingClock());
    const item = key();
    const old = await repo.save(item, doc('oud'));
    await repo.discard(old.id);
    expect(await repo.forItem(item)).toBeUndefined();
    const fresh = await repo.save(item, doc('nieuw'));
    expect(fresh.id).not.toBe(old.id);
    await repo.restoreFromTrash(old.id);
    expect((await repo.forItem(item))?.doc).toEqual(doc('oud'));
    expect((await repo.trash()).map((n) => n.id)).toEqual([fresh.id]);
  });

  it('gives an item’s first note the same id on every machine, and a note after a discarded one an id of its own', async () => {
    const item = key();
    const [here, there] = [createNoteRepository(testDatabase()), createNoteRepository(testDatabase())];
    const id = await here.idFor(item);
    expect(id).toBe(await there.idFor(item));
    expect(id).toBe(firstNoteId(item.agendaItemId));
    expect(z.uuid().safeParse(id).success).toBe(true);
    expect(id).not.toBe(item.agendaItemId);

    const note = await here.save(item, doc('Eerste'), id);
    expect(note.id).toBe(id);
    expect(await here.idFor(item)).toBe(id);
    await here.discard(id);
    const next = await here.idFor(item);
    expect(next).not.toBe(id);
    expect((await here.save(item, doc('Daarna'), next)).id).toBe(next);
  });
});

