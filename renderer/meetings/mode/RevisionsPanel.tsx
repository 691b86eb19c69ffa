import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '@utrecht/component-library-react';
import type { RichText } from '@shared/cases/caseSchema';
import type { NoteRevision } from '@shared/meetings/noteSchema';
import { plainText } from '@shared/richText/plainText';
import { useService } from '../../services/services';
import { noteRepositoryKey } from '../noteRepositoryKey';
import { formatDateTime } from '../../i18n/formatters';
import { reportStorageError } from '../../persistence/storageProblems';

interface Props {
  noteId: string;
  /** Writes pending typing first, so a snapshot or restore never misses the last words. */
  beforeSnapshot(): Promise<void>;
  onRestored(doc: RichText): void;
}

export function RevisionsPanel({ noteId, beforeSnapshot, onRestored }: Props) {
  const { t } = useTranslation();
  const notes = useService(noteRepositoryKey);
  const [open, setOpen] = useState(false);
  const [revisions, setRevisions] = useState<NoteRevision[]>([]);
  const reload = useCallback(() => notes.revisions(noteId).then(setRevisions, reportStorageError), [notes, noteId]);
  useEffect(() => {
    if (open) void reload();
  }, [open, reload]);

  const keep = async () => {
    await beforeSnapshot();
    await notes.snapshot(noteId, 'manual').catch(reportStorageError);
    await reload();
  };
  const restore = async (revision: NoteRevision) => {
    await beforeSnapshot();
    try {
      const note = await notes.restore(revision.id);
      onRestored(note.doc);
      await reload();
    } catch (error) {
      reportStorageError(error);
    }
  };

  return (
    <div className="revisions">
      <Button appearance="subtle-button" onClick={keep}>
        {t('meetings.revisions.keep')}
      </Button>
      <Button appearance="subtle-button" aria-expanded={open} onClick={() => setOpen((o) => !o)}>
        {t('meetings.revisions.show')}
      </Button>
      {open && (
        <ul className="revisions__list">
          {revisions.length === 0 && <li className="muted">{t('meetings.revisions.none')}</li>}
          {revisions.map((revision) => (
            <li key={revision.id}>
              <span>
                {formatDateTime(revision.createdAt)} · {t(`meetings.revisions.reason.${revision.reason}`)}
              </span>
              <span className="muted revisions__preview">{plainText(revision.doc).slice(0, 120)}</span>
              <Button appearance="subtle-button" onClick={() => void restore(revision)}>
                {t('meetings.revisions.restore')}
              </Button>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
