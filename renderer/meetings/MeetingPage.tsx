import { useEffect, useLayoutEffect } from 'react';
import { Link, useNavigate, useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { Alert, Button, ButtonGroup, DataList, DataListItem, DataListKey, DataListValue, Heading1, Paragraph } from '@utrecht/component-library-react';
import { boardDocumentName } from '@shared/sync/protocol';
import { useService } from '../services/services';
import { ConflictAlerts } from '../board/ConflictAlerts';
import { meetingRepositoryKey } from './meetingRepositoryKey';
import { MeetingExportButtons } from '../export/MeetingExportButtons';
import { formatDateTimeLocal } from '../i18n/formatters';
import { measureAfterPaint } from '../perf/paintMarks';
import { reportStorageError } from '../persistence/storageProblems';
import { UnreadableNotice } from '../persistence/UnreadableNotice';
import { useRemoteVersion } from '../sync/useRemoteVersion';
import { useMeetingData } from './useMeetingData';

export function MeetingPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const { id = '' } = useParams();
  const meetings = useService(meetingRepositoryKey);
  const { data, failed, reload } = useMeetingData(id);
  // Another member's change to the meeting (or a conflict settled here) shows without leaving the page.
  const remoteVersion = useRemoteVersion('meetings', 'people');
  useEffect(() => {
    if (remoteVersion > 0) void reload();
  }, [remoteVersion, reload]);
  useLayoutEffect(() => {
    if (data) measureAfterPaint('meeting');
  }, [data]);
  if (data === undefined && failed) return <UnreadableNotice message={t('meetings.unreadable')} onRetry={() => void reload()} />;
  if (data === undefined) return <Paragraph role="status">{t('common.loading')}</Paragraph>;
  if (data === null) return <Paragraph>{t('meetings.notFound')}</Paragraph>;
  const { meeting, cases, people } = data;
  const names = (ids: string[]) => ids.map((pid) => people.get(pid)?.name ?? '?').join(', ') || '—';
  const toTrash = async () => {
    await meetings.setDeleted(meeting.id, true).catch(reportStorageError);
    navigate('/vergaderingen');
  };
  return (
    <article>
      {meeting.deletedAt && (
        <Alert type="warning">
          <Paragraph>{t('meetings.inTrash')}</Paragraph>
        </Alert>
      )}
      <Heading1>{meeting.title}</Heading1>
      <ConflictAlerts document={boardDocumentName} only={(table, key) => table === 'meetings' && key === meeting.id} />
      <ButtonGroup className="case-page__actions">
        <Link className="button-link" to={`/vergaderingen/${meeting.id}/modus`}>
          {t('meetings.startMode')}
        </Link>
        <Link className="button-link" to={`/vergaderingen/${meeting.id}/agenda`}>
          {t('meetings.printAgenda')}
        </Link>
        <Link className="button-link" to={`/vergaderingen/${meeting.id}/bewerken`}>
          {t('meetings.edit')}
        </Link>
        {!meeting.deletedAt && (
          <Button appearance="secondary-action-button" onClick={toTrash}>
            {t('meetings.toTrash')}
          </Button>
        )}
      </ButtonGroup>
      <MeetingExportButtons meetingId={meeting.id} />
      <DataList>
        <DataListItem>
          <DataListKey>{t('meetings.when')}</DataListKey>
          <DataListValue>{formatDateTimeLocal(meeting.startsAt)}</DataListValue>
        </DataListItem>
        <DataListItem>
          <DataListKey>{t('meetings.form.location')}</DataListKey>
          <DataListValue>
            {t(`meetings.form.${meeting.location.kind}`)}
            {meeting.location.text && ` · ${meeting.location.text}`}
          </DataListValue>
        </DataListItem>
        <DataListItem>
          <DataListKey>{t('meetings.presence.present')}</DataListKey>
          <DataListValue>{names(meeting.attendees)}</DataListValue>
        </DataListItem>
        <DataListItem>
          <DataListKey>{t('meetings.presence.absent')}</DataListKey>
          <DataListValue>{names(meeting.absentees)}</DataListValue>
        </DataListItem>
      </DataList>
      <h2>{t('meetings.agenda')}</h2>
      {meeting.agenda.length === 0 ? (
        <p className="muted">{t('meetings.emptyAgenda')}</p>
      ) : (
        <ol className="agenda-list">
          {meeting.agenda.map((item) => {
            const found = cases.get(item.caseId);
            return (
              <li key={item.id}>
                {found ? <Link to={`/casussen/${found.id}`}>{`${found.reference} · ${found.title}`}</Link> : t('meetings.missingCase')}
                <span className="muted"> · {t('meetings.minutes', { count: item.plannedMinutes })}</span>
              </li>
            );
          })}
        </ol>
      )}
    </article>
  );
}
