import { useCallback } from 'react';
import type { Person } from '@shared/people/personSchema';
import { useServices } from '../app/services';
import { useLoaded } from '../persistence/useLoaded';

/** The whole register, sorted by name; null while loading. `reload()` resolves once the new list shows. */
export function usePeople(): { people: Person[] | null; reload(): Promise<void> } {
  const { people } = useServices();
  const { value, reload } = useLoaded(useCallback(() => people.list(), [people]));
  return { people: value, reload };
}
