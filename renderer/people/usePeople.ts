import { useCallback, useEffect, useState } from 'react';
import type { Person } from '@shared/people/personSchema';
import { useServices } from '../app/services';
import { reportStorageError } from '../persistence/storageProblems';

/** The whole register, sorted by name; null while loading. */
export function usePeople(): { people: Person[] | null; reload(): void } {
  const { people } = useServices();
  const [list, setList] = useState<Person[] | null>(null);
  const reload = useCallback(() => {
    people.list().then(setList, reportStorageError);
  }, [people]);
  useEffect(reload, [reload]);
  return { people: list, reload };
}
