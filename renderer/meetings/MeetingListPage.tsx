import { useEffect, useState } from 'react';
import { Link, useNavigate } from 'react-router';
import { useTranslation } from 'react-i18next';
import { Button, Heading1, Paragraph, Table, TableBody, TableCell, TableHeader, TableHeaderCell, TableRow } from '@utrecht/component-library-react';
import type { Meeting } from '@shared/meetings/meetingSchema';
import { useService } from '../services/services';
import { meetingRepositoryKey } from './meetingRepositoryKey';
import { formatDateTimeLocal } from '../i18n/formatters';
import { reportStorageError } from '../persistence/storageProblems';

export function MeetingListPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const meetings = useService(meetingRepositoryKey);
  const [list, setList] = useState<Meeting[] | null>(null);
  useEffect(() => {
    meetings.list().then(setList, reportStorageError);
  }, [meetings]);
  return (
    <>
      <div className="page-title">
        <Heading1>{t('meetings.title')}</Heading1>
        <Button appearance="primary-action-button" onClick={() => navigate('/vergaderingen/nieuw')}>
          {t('meetings.plan')}
        </Button>
      </div>
      <p>
        <Link to="/prullenbak">{t('meetings.trashLink')}</Link>
      </p>
      {list === null ? (
        <Paragraph role="status">{t('common.loading')}</Paragraph>
      ) : list.length === 0 ? (
        <Paragraph>{t('meetings.none')}</Paragraph>
      ) : (
        <Table>
          <TableHeader>
            <TableRow>
              <TableHeaderCell scope="col">{t('meetings.when')}</TableHeaderCell>
              <TableHeaderCell scope="col">{t('meetings.meetingTitle')}</TableHeaderCell>
              <TableHeaderCell scope="col">{t('meetings.agendaCount')}</TableHeaderCell>
            </TableRow>
          </TableHeader>
          <TableBody>
            {list.map((meeting) => (
              <TableRow key={meeting.id}>
                <TableCell>{formatDateTimeLocal(meeting.startsAt)}</TableCell>
                <TableCell>
                  <Link to={`/vergaderingen/${meeting.id}`}>{meeting.title}</Link>
                </TableCell>
                <TableCell>{meeting.agenda.length}</TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      )}
    </>
  );
}
