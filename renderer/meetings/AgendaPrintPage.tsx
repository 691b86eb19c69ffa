import { Link, useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { Button, Paragraph } from '@utrecht/component-library-react';
import { useSettings } from '../settings/settingsContext';
import { formatDateTimeLocal } from '../i18n/formatters';
import { useMeetingData } from './useMeetingData';

/** The agenda as a document: the app's chrome is hidden in print (see print rules in app.css). */
export function AgendaPrintPage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const { settings } = useSettings();
  const { data } = useMeetingData(id);
  if (data === undefined) return <Paragraph role="status">{t('common.loading')}</Paragraph>;
  if (data === null) return <Paragraph>{t('meetings.notFound')}</Paragraph>;
  const { meeting, cases, people, methods } = data;
  const names = (ids: string[]) => ids.map((pid) => people.get(pid)?.name ?? '?').join(', ') || '—';
  return (
    <article className="printable-agenda">
      <div className="no-print print-toolbar">
        <Link to={`/vergaderingen/${meeting.id}`}>{t('meetings.backToMeeting')}</Link>
        <Button appearance="primary-action-button" onClick={() => window.print()}>
          {t('meetings.print')}
        </Button>
      </div>
      <p className="printable-agenda__org">{settings.organisationName}</p>
      <h1>{t('meetings.agendaOf', { title: meeting.title })}</h1>
      <p>
        {formatDateTimeLocal(meeting.startsAt)} · {t(`meetings.form.${meeting.location.kind}`)}
        {meeting.location.text && `: ${meeting.location.text}`}
      </p>
      <p>
        {t('meetings.presence.present')}: {names(meeting.attendees)}
        <br />
        {t('meetings.presence.absent')}: {names(meeting.absentees)}
      </p>
      <ol className="printable-agenda__items">
        {meeting.agenda.map((item) => {
          const found = cases.get(item.caseId);
          return (
            <li key={item.id}>
              <strong>{found ? `${found.reference} · ${found.title}` : t('meetings.missingCase')}</strong>
              <br />
              {found && <span className="preserve-lines">{found.question}</span>}
              <br />
              <span className="muted">
                {t('meetings.minutes', { count: item.plannedMinutes })} · {methods.find((m) => m.id === item.methodId)?.name ?? item.methodId}
              </span>
            </li>
          );
        })}
      </ol>
    </article>
  );
}
