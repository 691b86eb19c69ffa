import { useMemo } from 'react';
import { caseRepositoryKey } from '../cases/caseRepository';
import { actionRepositoryKey } from '../meetings/actionRepositoryKey';
import { peopleRepositoryKey } from '../people/peopleRepositoryKey';
import { useService } from '../services/services';
import type { OverviewSources } from './actionOverviewQuery';

/** The overview's repositories as one object that stays the same between renders, for effect dependencies. */
export function useOverviewSources(): OverviewSources {
  const actions = useService(actionRepositoryKey);
  const people = useService(peopleRepositoryKey);
  const cases = useService(caseRepositoryKey);
  return useMemo(() => ({ actions, people, cases }), [actions, people, cases]);
}
