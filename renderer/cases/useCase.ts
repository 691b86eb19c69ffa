import { useCallback, useEffect, useState } from 'react';
import type { Case } from '@shared/cases/caseSchema';
import { useServices } from '../app/services';
import { markRequested } from '../perf/paintMarks';
import { reportStorageError } from '../persistence/storageProblems';

/** One case by id: undefined while loading, null when it does not exist. */
export function useCase(id: string): { found: Case | null | undefined; setFound(updated: Case): void } {
  const { cases } = useServices();
  const [found, setFoundState] = useState<Case | null | undefined>(undefined);
  useEffect(() => {
    let current = true;
    markRequested('casepage');
    cases.get(id).then(
      (loaded) => current && setFoundState(loaded ?? null),
      (error: unknown) => reportStorageError(error),
    );
    return () => {
      current = false;
    };
  }, [cases, id]);
  const setFound = useCallback((updated: Case) => setFoundState(updated), []);
  return { found, setFound };
}
