import { useCallback, useEffect, useState } from 'react';
import type { Case } from '@shared/cases/caseSchema';
import { useService } from '../services/services';
import { caseRepositoryKey } from './caseRepository';
import { markRequested } from '../perf/paintMarks';
import { reportStorageError } from '../persistence/storageProblems';
import { useRemoteVersion } from '../sync/useRemoteVersion';

/**
 * One case by id: undefined while loading, null when it does not exist. Going from case to case keeps
 * the page mounted, so what is held is tagged with its id: the next case shows as loading (the page's
 * panels start afresh) and an update meant for the case before cannot land on it.
 */
export function useCase(id: string): { found: Case | null | undefined; setFound(updated: Case): void } {
  const cases = useService(caseRepositoryKey);
  const remoteVersion = useRemoteVersion('cases');
  const [held, setHeld] = useState<{ id: string; found: Case | null } | null>(null);
  useEffect(() => {
    let current = true;
    markRequested('casepage');
    cases.get(id).then(
      (loaded) => current && setHeld({ id, found: loaded ?? null }),
      (error: unknown) => reportStorageError(error),
    );
    return () => {
      current = false;
    };
  }, [cases, id, remoteVersion]);
  const setFound = useCallback((updated: Case) => setHeld((before) => (before?.id === updated.id ? { id: updated.id, found: updated } : before)), []);
  return { found: held?.id === id ? held.found : undefined, setFound };
}
