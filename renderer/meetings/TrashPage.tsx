import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Button, Heading1, Paragraph } from '@utrecht/component-library-react';
import type { Action } from '@shared/meetings/actionSchema';
import type { Meeting } from '@shared/meetings/meetingSchema';
import type { Note } from '@shared/meetings/noteSchema';
import type { DeliberationRecord } from '@shared/meetings/recordSchema';
import { plainText } from '@shared/richText/plainText';
import { useService } from '../services/services';
import { actionRepositoryKey } from './actionRepositoryKey';
import { meetingRepositoryKey } from './meetingRepositoryKey';
import { noteRepositoryKey } from './noteRepositoryKey';
import { recordRepositoryKey } from './recordRepository';
import { formatDateTime, formatDateTimeLocal } from '../i18n/formatters';
import { reportStorageError } from '../persistence/storageProblems';

interface Trash {
  meetings: Meeting[];
  notes: Note[];
  records: DeliberationRecord[];
  actions: Action[];
}

/** Everything deleted from meetings, waiting to be put back; nothing here is ever erased by the app. */
export function TrashPage() {
  const { t } = useTranslation();
  const actionRepository = useService(actionRepositoryKey);
  const meetingRepository = useService(meetingRepositoryKey);
  const noteRepository = useService(noteRepositoryKey);
  const recordRepository = useService(recordRepositoryKey);
  const [trash, setTrash] = useState<Trash | null>(null);
  const reload = useCallback(
    () =>
      Promise.all([meetingRepository.trash(), noteRepository.trash(), recordRepository.trash(), actionRepository.trash()]).then(
        ([meetings, notes, records, actions]) => setTrash({ meetings, notes, records, actions }),
        reportStorageError,
      ),
    [actionRepository, meetingRepository, noteRepository, recordRepository],
  );
  useEffect(() => {
    void reload();
  }, [reload]);
  const restore = (run: () => Promise<unknown>) => () => void run().then(reload, reportStorageError);

  if (!trash) return <Paragraph role="status">{t('common.loading')}</Paragraph>;
  const empty = Object.values(trash).every((list) => list.length === 0);
  return (
    <>
      <Heading1>{t('meetings.trash.title')}</Heading1>
      {empty && <Paragraph>{t('meetings.trash.empty')}</Paragraph>}
      {trash.meetings.length > 0 && <h2>{t('meetings.title')}</h2>}
      <ul className="trash-list">
        {trash.meetings.map((meeting) => (
          <li key={meeting.id}>
            {meeting.title} · {formatDateTimeLocal(meeting.startsAt)}
            <Button appearance="subtle-button" onClick={restore(() => meetingRepository.setDeleted(meeting.id, false))}>
              {t('meetings.trash.restore')}
            </Button>
          </li>
        ))}
      </ul>
      {trash.notes.length > 0 && <h2>{t('meetings.mode.notes')}</h2>}
      <ul className="trash-list">
        {trash.notes.map((note) => (
          <li key={note.id}>
            <span className="muted">{note.deletedAt && formatDateTime(note.deletedAt)}</span> {plainText(note.doc).slice(0, 160) || '—'}
            <Button appearance="subtle-button" onClick={restore(() => noteRepository.restoreFromTrash(note.id))}>
              {t('meetings.trash.restore')}
            </Button>
          </li>
        ))}
      </ul>
      {trash.records.length > 0 && <h2>{t('meetings.mode.record')}</h2>}
      <ul className="trash-list">
        {trash.records.map((record) => (
          <li key={record.id}>
            <span className="muted">{record.deletedAt && formatDateTime(record.deletedAt)}</span> {t('meetings.trash.recordOf', { method: record.template.id })}
            <Button appearance="subtle-button" onClick={restore(() => recordRepository.restoreFromTrash(record.id))}>
              {t('meetings.trash.restore')}
            </Button>
          </li>
        ))}
      </ul>
      {trash.actions.length > 0 && <h2>{t('meetings.actions.title')}</h2>}
      <ul className="trash-list">
        {trash.actions.map((action) => (
          <li key={action.id}>
            {action.what}
            <Button appearance="subtle-button" onClick={restore(() => actionRepository.setDeleted(action.id, false))}>
              {t('meetings.trash.restore')}
            </Button>
          </li>
        ))}
      </ul>
    </>
  );
}
