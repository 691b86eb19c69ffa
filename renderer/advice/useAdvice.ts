import { useCallback, useEffect, useState } from 'react';
import { useService } from '../services/services';
import { adviceRepositoryKey } from './adviceRepositoryKey';
import { markRequested } from '../perf/paintMarks';
import { reportStorageError } from '../persistence/storageProblems';
import type { LoadedAdvice } from './adviceRepository';
import { useRemoteVersion } from '../sync/useRemoteVersion';

/** The advice of a case: undefined while loading, null when none was started. */
export function useAdvice(caseId: string) {
  const advice = useService(adviceRepositoryKey);
  const [loaded, setLoaded] = useState<LoadedAdvice | null | undefined>(undefined);
  const reload = useCallback(
    () => advice.load(caseId).then((found) => setLoaded(found ?? null), reportStorageError),
    [advice, caseId],
  );
  const remoteVersion = useRemoteVersion('advices', 'adviceVersions', 'auditEvents');
  useEffect(() => {
    let current = true;
    markRequested('advicepage');
    advice.load(caseId).then((found) => current && setLoaded(found ?? null), reportStorageError);
    return () => {
      current = false;
    };
  }, [advice, caseId, remoteVersion]);
  return { loaded, reload, setLoaded };
}
