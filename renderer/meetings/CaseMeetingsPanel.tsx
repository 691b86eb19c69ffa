import { useEffect, useId, useState } from 'react';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { isOverdue, sortOpenActions, type Action } from '@shared/meetings/actionSchema';
import type { Meeting } from '@shared/meetings/meetingSchema';
import type { Note } from '@shared/meetings/noteSchema';
import type { DeliberationRecord } from '@shared/meetings/recordSchema';
import { plainText } from '@shared/richText/plainText';
import { useService } from '../services/services';
import { actionRepositoryKey } from './actionRepositoryKey';
import { meetingRepositoryKey } from './meetingRepositoryKey';
import { noteRepositoryKey } from './noteRepositoryKey';
import { recordRepositoryKey } from './recordRepository';
import { formatDate, formatDateTimeLocal } from '../i18n/formatters';
import { reportStorageError } from '../persistence/storageProblems';
import { RecordSummary } from './record/RecordSummary';
import { localToday } from '../db/clock';

interface Deliberations {
  meetings: Meeting[];
  notes: Note[];
  records: DeliberationRecord[];
  actions: Action[];
}


/** Where this case was discussed, what was recorded and what is still open: the case's memory. */
export function CaseMeetingsPanel({ caseId }: { caseId: string }) {
  const { t } = useTranslation();
  const actionRepository = useService(actionRepositoryKey);
  const meetingRepository = useService(meetingRepositoryKey);
  const noteRepository = useService(noteRepositoryKey);
  const recordRepository = useService(recordRepositoryKey);
  const headingId = useId();
  const [data, setData] = useState<Deliberations | null>(null);
  useEffect(() => {
    let current = true;
    Promise.all([
      meetingRepository.forCase(caseId),
      noteRepository.forCase(caseId),
      recordRepository.forCase(caseId),
      actionRepository.forCase(caseId),
    ]).then(([meetings, notes, records, actions]) => current && setData({ meetings, notes, records, actions }), reportStorageError);
    return () => {
      current = false;
    };
  }, [actionRepository, meetingRepository, noteRepository, recordRepository, caseId]);
  if (!data) return null;
  const open = sortOpenActions(data.actions);
  return (
    <section aria-labelledby={headingId} className="case-meetings">
      <h2 id={headingId}>{t('meetings.onCase.title')}</h2>
      {data.meetings.length === 0 ? (
        <p className="muted">{t('meetings.onCase.none')}</p>
      ) : (
        <ul className="case-meetings__list">
          {data.meetings.map((meeting) => {
            const items = meeting.agenda.filter((item) => item.caseId === caseId).map((item) => item.id);
            const notes = data.notes.filter((n) => items.includes(n.agendaItemId));
            const records = data.records.filter((r) => items.includes(r.agendaItemId));
            return (
              <li key={meeting.id}>
                <Link to={`/vergaderingen/${meeting.id}`}>
                  {meeting.title} · {formatDateTimeLocal(meeting.startsAt)}
                </Link>
                {notes.map((note) => (
                  <p key={note.id} className="preserve-lines case-meetings__notes">
                    {plainText(note.doc)}
                  </p>
                ))}
                {records.map((record) => (
                  <RecordSummary key={record.id} record={record} />
                ))}
              </li>
            );
          })}
        </ul>
      )}
      <h3>{t('meetings.onCase.openActions')}</h3>
      {open.length === 0 ? (
        <p className="muted">{t('meetings.onCase.noOpenActions')}</p>
      ) : (
        <ul>
          {open.map((action) => (
            <li key={action.id} className={isOverdue(action, localToday()) ? 'is-overdue' : undefined}>
              {action.what}
              {action.dueOn && ` · ${formatDate(action.dueOn)}`}
              {isOverdue(action, localToday()) && <strong> · {t('meetings.actions.overdue')}</strong>}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
