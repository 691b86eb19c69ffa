import { useCallback, useState } from 'react';
import type { AdviceRefusal } from '@shared/advice/versionRules';
import { reportStorageError } from '../persistence/storageProblems';
import type { Outcome } from './adviceRepository';

/**
 * Runs a repository call that may be refused by a rule, keeps the reasons to
 * show, and hands a success to `onDone`. Storage failures go to the banner.
 */
export function useRefusal() {
  const [reasons, setReasons] = useState<AdviceRefusal[]>([]);
  const run = useCallback(async <T,>(call: () => Promise<Outcome<T>>, onDone: (value: T) => void): Promise<boolean> => {
    try {
      const result = await call();
      setReasons(result.ok ? [] : result.reasons);
      if (result.ok) onDone(result.value);
      return result.ok;
    } catch (error) {
      reportStorageError(error);
      return false;
    }
  }, []);
  return { reasons, run, clear: () => setReasons([]) };
}
