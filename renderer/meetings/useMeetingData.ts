import { useCallback } from 'react';
import type { Case } from '@shared/cases/caseSchema';
import type { Meeting } from '@shared/meetings/meetingSchema';
import type { MethodTemplate } from '@shared/methods/methodTemplate';
import type { Person } from '@shared/people/personSchema';
import { useService } from '../services/services';
import { caseRepositoryKey } from '../cases/caseRepository';
import { meetingRepositoryKey } from './meetingRepositoryKey';
import { methodRepositoryKey } from './methodRepositoryKey';
import { peopleRepositoryKey } from '../people/peopleRepositoryKey';
import { markRequested } from '../perf/paintMarks';
import { useLoaded } from '../persistence/useLoaded';

export interface MeetingData {
  meeting: Meeting;
  cases: ReadonlyMap<string, Case>;
  people: ReadonlyMap<string, Person>;
  methods: readonly MethodTemplate[];
}

/**
 * A meeting with what its pages show beside it: the cases on the agenda, the people, the methods.
 * `data` is undefined while it is read, null for a meeting that does not exist; `failed` says the
 * newest read failed (and was reported), so a page offers to read again instead of loading forever.
 */
export function useMeetingData(id: string): { data: MeetingData | null | undefined; failed: boolean; reload(): Promise<void> } {
  const caseRepository = useService(caseRepositoryKey);
  const meetingRepository = useService(meetingRepositoryKey);
  const methodRepository = useService(methodRepositoryKey);
  const peopleRepository = useService(peopleRepositoryKey);
  const load = useCallback(async (): Promise<MeetingData | 'missing'> => {
    markRequested('meeting');
    const meeting = await meetingRepository.get(id);
    if (!meeting) return 'missing';
    const caseIds = [...new Set(meeting.agenda.map((item) => item.caseId))];
    const [cases, people, methods] = await Promise.all([caseRepository.getMany(caseIds), peopleRepository.list(), methodRepository.latest()]);
    return {
      meeting,
      cases: new Map(cases.filter((c): c is Case => c !== undefined).map((c) => [c.id, c])),
      people: new Map(people.map((p) => [p.id, p])),
      methods,
    };
  }, [caseRepository, meetingRepository, methodRepository, peopleRepository, id]);
  const { value, failed, reload } = useLoaded(load);
  return { data: value === null ? undefined : value === 'missing' ? null : value, failed, reload };
}
