import { useCallback, useEffect, useState } from 'react';
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
import { reportStorageError } from '../persistence/storageProblems';

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
export function useMeetingData(id: string): { data: MeetingData | null | undefined; failed: boolean; reload(): void } {
  const caseRepository = useService(caseRepositoryKey);
  const meetingRepository = useService(meetingRepositoryKey);
  const methodRepository = useService(methodRepositoryKey);
  const peopleRepository = useService(peopleRepositoryKey);
  const [data, setData] = useState<MeetingData | null | undefined>(undefined);
  // Which read failed: a reload, or another meeting, is not failed until its own read fails.
  const [failedRead, setFailedRead] = useState<string | null>(null);
  const [generation, setGeneration] = useState(0);
  useEffect(() => {
    let current = true;
    const read = `${id}/${generation}`;
    markRequested('meeting');
    (async () => {
      const meeting = await meetingRepository.get(id);
      if (!meeting) return current && setData(null);
      const caseIds = [...new Set(meeting.agenda.map((item) => item.caseId))];
      const [cases, people, methods] = await Promise.all([
        caseRepository.getMany(caseIds),
        peopleRepository.list(),
        methodRepository.latest(),
      ]);
      if (!current) return;
      setData({
        meeting,
        cases: new Map(cases.filter((c): c is Case => c !== undefined).map((c) => [c.id, c])),
        people: new Map(people.map((p) => [p.id, p])),
        methods,
      });
    })().catch((error: unknown) => {
      reportStorageError(error);
      if (current) setFailedRead(read);
    });
    return () => {
      current = false;
    };
  }, [caseRepository, meetingRepository, methodRepository, peopleRepository, id, generation]);
  const reload = useCallback(() => setGeneration((g) => g + 1), []);
  return { data, failed: failedRead === `${id}/${generation}`, reload };
}
