import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { Link, useParams, useSearchParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { Paragraph } from '@utrecht/component-library-react';
import { MeetingFollow } from '../../board/MeetingFollow';
import { SaveIndicator } from '../../components/SaveIndicator';
import type { SaveStatus } from '../../persistence/debouncedSaver';
import { flushAll } from '../../persistence/flushRegistry';
import { UnreadableNotice } from '../../persistence/UnreadableNotice';
import { RecordPane } from '../record/RecordPane';
import { useMeetingData } from '../useMeetingData';
import { ActionsPane } from './ActionsPane';
import { combinedStatus } from './combinedStatus';
import { ItemTimer } from './ItemTimer';
import { NotesPane } from './NotesPane';

/**
 * The meeting as it happens: agenda at the side, the current item large, notes
 * and the structured record side by side. Alt+↓/Alt+↑ move between items and
 * Alt+A jumps to a new action; everything pending is written before moving.
 */
export function MeetingModePage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const [params, setParams] = useSearchParams();
  const { data, failed, reload } = useMeetingData(id);
  const [statuses, setStatuses] = useState<Record<string, SaveStatus>>({});
  const actionInput = useRef<HTMLInputElement>(null);
  const agenda = useMemo(() => data?.meeting.agenda ?? [], [data]);
  // A search result names its agenda item by id (agendapunt); moving between items uses the position (punt).
  const named = agenda.findIndex((entry) => entry.id === params.get('agendapunt'));
  const index = named >= 0 ? named : Math.min(Math.max(Number(params.get('punt') ?? 0) || 0, 0), Math.max(agenda.length - 1, 0));
  const item = agenda[index];
  const meetingId = data?.meeting.id;
  // Stable per item: the panes load their data when this changes, not on every keystroke's re-render.
  const key = useMemo(
    () => (item && meetingId ? { meetingId, agendaItemId: item.id, caseId: item.caseId } : null),
    [item, meetingId],
  );

  const goTo = useCallback(
    async (next: number) => {
      if (next < 0 || next >= agenda.length) return;
      await flushAll();
      setParams({ punt: String(next) }, { replace: true });
    },
    [agenda.length, setParams],
  );

  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (!event.altKey) return;
      if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
        event.preventDefault();
        void goTo(index + (event.key === 'ArrowDown' ? 1 : -1));
      } else if (event.key.toLowerCase() === 'a') {
        event.preventDefault();
        actionInput.current?.focus();
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [goTo, index]);

  const followTo = useCallback(
    (agendaItemId: string) => {
      const position = agenda.findIndex((entry) => entry.id === agendaItemId);
      if (position >= 0) void goTo(position);
    },
    [agenda, goTo],
  );

  const onNotesStatus = useCallback((status: SaveStatus) => setStatuses((s) => ({ ...s, notes: status })), []);
  const onRecordStatus = useCallback((status: SaveStatus) => setStatuses((s) => ({ ...s, record: status })), []);

  if (data === undefined && failed) return <UnreadableNotice message={t('meetings.unreadable')} onRetry={() => void reload()} />;
  if (data === undefined) return <Paragraph role="status">{t('common.loading')}</Paragraph>;
  if (data === null) return <Paragraph>{t('meetings.notFound')}</Paragraph>;
  const { meeting, cases, people } = data;
  if (!item || !key) return <Paragraph>{t('meetings.emptyAgenda')}</Paragraph>;
  const found = cases.get(item.caseId);
  const itemTitle = found ? `${found.reference} · ${found.title}` : t('meetings.missingCase');
  const present = meeting.attendees.flatMap((pid) => people.get(pid) ?? []);

  return (
    <div className="meeting-mode">
      <nav className="meeting-mode__agenda" aria-label={t('meetings.agenda')}>
        <p>
          <Link to={`/vergaderingen/${meeting.id}`}>{meeting.title}</Link>
        </p>
        <ol>
          {agenda.map((entry, position) => {
            const entryCase = cases.get(entry.caseId);
            return (
              <li key={entry.id}>
                <button type="button" className="link-button" aria-current={position === index ? 'step' : undefined} onClick={() => void goTo(position)}>
                  {entryCase ? entryCase.title : t('meetings.missingCase')}
                </button>
              </li>
            );
          })}
        </ol>
        <p className="muted meeting-mode__shortcuts">{t('meetings.mode.shortcuts')}</p>
        <MeetingFollow meetingId={meeting.id} agendaItemId={item.id} onFollow={followTo} />
      </nav>
      <div className="meeting-mode__item">
        <div className="meeting-mode__header">
          <h1>{itemTitle}</h1>
          <SaveIndicator status={combinedStatus(Object.values(statuses))} />
        </div>
        <ItemTimer key={item.id} plannedMinutes={item.plannedMinutes} />
        {found && <p className="preserve-lines meeting-mode__question">{found.question}</p>}
        <div className="meeting-mode__panes">
          <section aria-labelledby="notes-heading">
            <h2 id="notes-heading">{t('meetings.mode.notes')}</h2>
            <NotesPane key={item.id} item={key} label={t('meetings.mode.notesLabel', { title: itemTitle })} onStatus={onNotesStatus} />
          </section>
          <section aria-labelledby="record-heading">
            <h2 id="record-heading">{t('meetings.mode.record')}</h2>
            <RecordPane key={item.id} item={key} methodId={item.methodId} onStatus={onRecordStatus} />
          </section>
        </div>
        <ActionsPane key={item.id} ref={actionInput} item={key} people={present.length > 0 ? present : [...people.values()]} />
      </div>
    </div>
  );
}
