import Dexie from 'dexie';
import { richTextSchema, type RichText } from '@shared/cases/caseSchema';
import { firstNoteId } from '@shared/meetings/firstNoteId';
import type { Note, NoteRevision } from '@shared/meetings/noteSchema';
import { parseOrThrow } from '@shared/util/validation';
import { systemClock, type Clock } from '../db/clock';
import type { BeraadDb } from '../db/database';

export interface NoteKey {
  meetingId: string;
  agendaItemId: string;
  caseId: string;
}

export function createNoteRepository(db: BeraadDb, clock: Clock = systemClock) {
  const revisionsOf = (noteId: string) =>
    db.noteRevisions.where('[noteId+createdAt]').between([noteId, Dexie.minKey], [noteId, Dexie.maxKey]);

  async function snapshot(note: Note, reason: NoteRevision['reason']): Promise<NoteRevision> {
    const revision: NoteRevision = {
      id: crypto.randomUUID(),
      noteId: note.id,
      doc: note.doc,
      reason,
      createdAt: clock().toISOString(),
    };
    await db.noteRevisions.add(revision);
    return revision;
  }

  /** The note of an agenda item; created on first use so opening a meeting writes nothing. */
  const forItem = (key: NoteKey): Promise<Note | undefined> =>
    db.notes.where('agendaItemId').equals(key.agendaItemId).filter((n) => n.deletedAt === null).first();

  return {
    forItem,

    async forCase(caseId: string): Promise<Note[]> {
      return db.notes.where('caseId').equals(caseId).filter((n) => n.deletedAt === null).toArray();
    },

    /**
     * The id the item's note has, or will have when it is first written: the
     * first note of an item has the same id on every machine (firstNoteId),
     * a note after a discarded one a new id.
     */
    async idFor(key: NoteKey): Promise<string> {
      const current = await forItem(key);
      if (current) return current.id;
      const first = firstNoteId(key.agendaItemId);
      return (await db.notes.get(first)) ? crypto.randomUUID() : first;
    },

    /** Writes the text of an agenda item's note, creating the note the first time (with `id` when given, from idFor). */
    async save(key: NoteKey, doc: RichText, id?: string): Promise<Note> {
      const valid = parseOrThrow(richTextSchema, doc);
      return db.transaction('rw', db.notes, async () => {
        const existing = await db.notes.where('agendaItemId').equals(key.agendaItemId).filter((n) => n.deletedAt === null).first();
        const note: Note = {
          ...(existing ?? { ...key, id: id ?? crypto.randomUUID(), deletedAt: null }),
          doc: valid,
          updatedAt: clock().toISOString(),
        };
        await db.notes.put(note);
        return note;
      });
    },

    /**
     * Keeps a revision, except an automatic one when the note has not changed
     * since the latest revision: reopening an item must not pile up copies.
     */
    async snapshot(noteId: string, reason: NoteRevision['reason']): Promise<NoteRevision | null> {
      return db.transaction('rw', db.notes, db.noteRevisions, async () => {
        const note = await db.notes.get(noteId);
        if (!note) return null;
        const last = await revisionsOf(noteId).last();
        if (reason !== 'manual' && last && last.createdAt > note.updatedAt) return null;
        return snapshot(note, reason);
      });
    },

    async revisions(noteId: string): Promise<NoteRevision[]> {
      return (await revisionsOf(noteId).toArray()).reverse();
    },

    /** Puts an earlier text back, after keeping the current text as a revision of its own. */
    async restore(revisionId: string): Promise<Note> {
      return db.transaction('rw', db.notes, db.noteRevisions, async () => {
        const revision = await db.noteRevisions.get(revisionId);
        if (!revision) throw new Error(`Versie ${revisionId} bestaat niet`);
        const note = await db.notes.get(revision.noteId);
        if (!note) throw new Error(`Notitie ${revision.noteId} bestaat niet`);
        await snapshot(note, 'before_restore');
        const restored = { ...note, doc: revision.doc, updatedAt: clock().toISOString() };
        await db.notes.put(restored);
        return restored;
      });
    },

    /** Clears an item's note into the trash; the next note for the item starts empty. */
    async discard(noteId: string): Promise<void> {
      await db.notes.update(noteId, { deletedAt: clock().toISOString() });
    },

    async restoreFromTrash(noteId: string): Promise<void> {
      await db.transaction('rw', db.notes, async () => {
        const note = await db.notes.get(noteId);
        if (!note) return;
        // An item has one live note: one written since the discard goes to the trash in its place.
        const current = await db.notes.where('agendaItemId').equals(note.agendaItemId).filter((n) => n.deletedAt === null).first();
        if (current) await db.notes.update(current.id, { deletedAt: clock().toISOString() });
        await db.notes.update(noteId, { deletedAt: null });
      });
    },

    trash: () => db.notes.filter((n) => n.deletedAt !== null).toArray(),
  };
}

export type NoteRepository = ReturnType<typeof createNoteRepository>;
