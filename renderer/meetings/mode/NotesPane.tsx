import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Button, Paragraph } from '@utrecht/component-library-react';
import { emptyDoc } from '@shared/cases/blankDoc';
import type { RichText } from '@shared/cases/caseSchema';
import { useService } from '../../services/services';
import { noteRepositoryKey } from '../noteRepositoryKey';
import { DeferredRichTextEditor } from '../../components/DeferredRichTextEditor';
import type { DocSnapshot } from '../../components/RichTextEditor';
import type { SaveStatus } from '../../persistence/debouncedSaver';
import { afterNextPaint } from '../../perf/paintMarks';
import { reportStorageError } from '../../persistence/storageProblems';
import { emergencyKey } from '../../persistence/emergencyCopies';
import { useAutosave } from '../../persistence/useAutosave';
import type { NoteKey } from '../noteRepository';
import { useSharedText } from '../../board/useSharedText';
import { RevisionsPanel } from './RevisionsPanel';

/** Free notes of the current agenda item, saved while typing. */
export function NotesPane({ item, label, onStatus }: { item: NoteKey; label: string; onStatus(status: SaveStatus): void }) {
  const { t } = useTranslation();
  const notes = useService(noteRepositoryKey);
  // `textId`: the note's id, or the one it gets when first written, which names its shared text in board mode.
  const [state, setState] = useState<{ doc: RichText; noteId: string | null; textId: string; generation: number } | null>(null);
  const shared = useSharedText(item.caseId, state && { table: 'notes', key: state.textId, path: 'doc' }, 'notes', state?.doc ?? null);
  const { saver, status } = useAutosave<{ snapshot: DocSnapshot; id: string }>(
    async ({ snapshot, id }) => {
      const saved = await notes.save(item, snapshot(), id);
      setState((s) => (s && s.noteId !== saved.id ? { ...s, noteId: saved.id } : s));
    },
    { key: emergencyKey('note', item.agendaItemId), label, toJson: ({ snapshot }) => ({ item, doc: snapshot() }) },
  );

  useEffect(() => onStatus(status), [status, onStatus]);

  useEffect(() => {
    let current = true;
    notes
      .forItem(item)
      .then(async (note) => {
        const id = note?.id ?? (await notes.idFor(item));
        if (!current) return;
        setState({ doc: note?.doc ?? emptyDoc, noteId: note?.id ?? null, textId: id, generation: 0 });
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
      const next = await notes.idFor(item);
      setState((s) => s && { doc: emptyDoc, noteId: null, textId: next, generation: s.generation + 1 });
    } catch (error) {
      reportStorageError(error);
    }
  };
  const replaceShared = shared.kind === 'shared' ? shared.replace : null;
  const restored = useCallback(
    (doc: RichText) => {
      // Everyone who has the note open sees the earlier version come back.
      replaceShared?.(doc);
      setState((s) => s && { ...s, doc, generation: s.generation + 1 });
    },
    [replaceShared],
  );

  if (state === null || shared.kind === 'loading') return <Paragraph role="status">{t('common.loading')}</Paragraph>;
  return (
    <div className="notes-pane">
      {/* Paints the note at once and becomes an editor when the browser is idle or the user reaches it:
          building ProseMirror for a long note before the first paint kept meeting mode waiting. */}
      <DeferredRichTextEditor
        key={`${state.textId}/${state.generation}`}
        collaboration={shared.kind === 'shared' ? shared.extensions : undefined}
        preset="notes"
        label={label}
        value={state.doc}
        onChange={(snapshot) => saver.schedule({ snapshot, id: state.textId })}
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
