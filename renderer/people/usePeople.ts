import { useCallback, useEffect } from 'react';
import type { Person } from '@shared/people/personSchema';
import { useService } from '../services/services';
import { peopleRepositoryKey } from './peopleRepositoryKey';
import { useLoaded } from '../persistence/useLoaded';
import { useRemoteVersion } from '../sync/useRemoteVersion';

/**
 * The whole register, sorted by name; null while loading or when it could not be read (`failed`).
 * `reload()` resolves once the new list shows.
 */
export function usePeople(): { people: Person[] | null; failed: boolean; reload(): Promise<void> } {
  const people = useService(peopleRepositoryKey);
  const { value, failed, reload } = useLoaded(useCallback(() => people.list(), [people]));
  // Read again in place when another member's change (or a conflict settled here) reached the register.
  const remoteVersion = useRemoteVersion('people');
  useEffect(() => {
    if (remoteVersion > 0) void reload();
  }, [remoteVersion, reload]);
  return { people: value, failed, reload };
}
