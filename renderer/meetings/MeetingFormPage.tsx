import { useEffect, useState } from 'react';
import { useNavigate, useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { Heading1, Paragraph } from '@utrecht/component-library-react';
import type { MeetingInput } from '@shared/meetings/meetingSchema';
import type { MethodTemplate } from '@shared/methods/methodTemplate';
import type { Person } from '@shared/people/personSchema';
import { useService } from '../services/services';
import { caseRepositoryKey } from '../cases/caseRepository';
import { meetingRepositoryKey } from './meetingRepositoryKey';
import { methodRepositoryKey } from './methodRepositoryKey';
import { peopleRepositoryKey } from '../people/peopleRepositoryKey';
import { reportStorageError } from '../persistence/storageProblems';
import { MeetingForm } from './form/MeetingForm';
import { localToday } from '../db/clock';

interface Loaded {
  initial: MeetingInput;
  titles: Map<string, string>;
  people: Person[];
  methods: MethodTemplate[];
}

const nextHour = () => {
  const date = new Date(Date.now() + 24 * 3600 * 1000);
  return `${localToday(date)}T14:00`;
};

/** Plans a new meeting, or edits one when the route has an id. */
export function MeetingFormPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const { id } = useParams();
  const caseRepository = useService(caseRepositoryKey);
  const meetingRepository = useService(meetingRepositoryKey);
  const methodRepository = useService(methodRepositoryKey);
  const peopleRepository = useService(peopleRepositoryKey);
  const [loaded, setLoaded] = useState<Loaded | null | undefined>(undefined);

  useEffect(() => {
    let current = true;
    (async () => {
      const [existing, people, methods] = await Promise.all([
        id ? meetingRepository.get(id) : Promise.resolve(undefined),
        peopleRepository.list(),
        methodRepository.latest(),
      ]);
      if (id && !existing) return current && setLoaded(null);
      const cases = await caseRepository.getMany((existing?.agenda ?? []).map((item) => item.caseId));
      const titles = new Map(cases.flatMap((c) => (c ? [[c.id, `${c.reference} · ${c.title}`] as const] : [])));
      const initial: MeetingInput = existing ?? {
        title: t('meetings.defaultTitle'),
        startsAt: nextHour(),
        location: { kind: 'place', text: '' },
        attendees: [],
        absentees: [],
        agenda: [],
      };
      if (current) setLoaded({ initial, titles, people, methods });
    })().catch(reportStorageError);
    return () => {
      current = false;
    };
  }, [caseRepository, meetingRepository, methodRepository, peopleRepository, id, t]);

  if (loaded === undefined) return <Paragraph role="status">{t('common.loading')}</Paragraph>;
  if (loaded === null) return <Paragraph>{t('meetings.notFound')}</Paragraph>;
  return (
    <>
      <Heading1>{t(id ? 'meetings.editTitle' : 'meetings.plan')}</Heading1>
      <MeetingForm
        initial={loaded.initial}
        caseTitles={loaded.titles}
        people={loaded.people}
        methods={loaded.methods}
        draftKey={id ? `meeting:${id}` : 'meeting:new'}
        submitLabel={t(id ? 'common.save' : 'meetings.form.create')}
        onCancel={() => navigate(id ? `/vergaderingen/${id}` : '/vergaderingen')}
        onSubmit={async (values) => {
          const saved = id ? await meetingRepository.update(id, values) : await meetingRepository.create(values);
          navigate(`/vergaderingen/${saved.id}`);
        }}
      />
    </>
  );
}
