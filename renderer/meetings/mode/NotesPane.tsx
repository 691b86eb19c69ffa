import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Button, Paragraph } from '@utrecht/component-library-react';
import { emptyDoc, type RichText } from '@shared/cases/caseSchema';
import { useService } from '../../services/services';
import { noteRepositoryKey } from '../noteRepository';
import { DeferredRichTextEditor } from '../../components/DeferredRichTextEditor';
import type { DocSnapshot } from '../../components/RichTextEditor';
import type { SaveStatus } from '../../persistence/debouncedSaver';
import { afterNextPaint } from '../../perf/paintMarks';
import { reportStorageError } from '../../persistence/storageProblems';
import { emergencyKey } from '../../persistence/emergencyCopies';
import { useAutosave } from '../../persistence/useAutosave';
import type { NoteKey } from '../noteRepository';
import { RevisionsPanel } from './RevisionsPanel';

/** Free notes of the current agenda item, saved while typing. */
export function NotesPane({ item, label, onStatus }: { item: NoteKey; label: string; onStatus(status: SaveStatus): void }) {
  const { t } = useTranslation();
  const notes = useService(noteRepositoryKey);
  const [state, setState] = useState<{ doc: RichText; noteId: string | null; generation: number } | null>(null);
  const { saver, status } = useAutosave<DocSnapshot>(
    async (snapshot) => {
      const saved = await notes.save(item, snapshot());
      setState((s) => (s && s.noteId !== saved.id ? { ...s, noteId: saved.id } : s));
    },
    { key: emergencyKey('note', item.agendaItemId), label, toJson: (snapshot) => ({ item, doc: snapshot() }) },
  );

  useEffect(() => onStatus(status), [status, onStatus]);

  useEffect(() => {
    let current = true;
    notes
      .forItem(item)
      .then(async (note) => {
        if (!current) return;
        setState({ doc: note?.doc ?? emptyDoc, noteId: note?.id ?? null, generation: 0 });
        // What the note held when this visit began, so the visit's edits can be undone; after the paint, off the critical path.
        if (note) await afterNextPaint().then(() => notes.snapshot(note.id, 'session'));
      })
      .catch(reportStorageError);
    return () => {
      current = false;
    };
  }, [notes, item]);

  const flush = useCallback(() => saver.flush(), [saver]);
  const discard = async () => {
    await saver.flush();
    if (!state?.noteId) return;
    try {
      await notes.discard(state.noteId);
      setState((s) => s && { doc: emptyDoc, noteId: null, generation: s.generation + 1 });
    } catch (error) {
      reportStorageError(error);
    }
  };
  const restored = useCallback((doc: RichText) => setState((s) => s && { ...s, doc, generation: s.generation + 1 }), []);

  if (state === null) return <Paragraph role="status">{t('common.loading')}</Paragraph>;
  return (
    <div className="notes-pane">
      {/* Paints the note at once and becomes an editor when the browser is idle or the user reaches it:
          building ProseMirror for a long note before the first paint kept meeting mode waiting. */}
      <DeferredRichTextEditor
        key={state.generation}
        preset="notes"
        label={label}
        value={state.doc}
        onChange={(doc) => saver.schedule(doc)}
        onBlur={() => void saver.flush()}
      />
      {state.noteId && (
        <>
          <RevisionsPanel noteId={state.noteId} beforeSnapshot={flush} onRestored={restored} />
          <Button appearance="subtle-button" onClick={() => void discard()}>
            {t('meetings.mode.discardNotes')}
          </Button>
        </>
      )}
    </div>
  );
}
