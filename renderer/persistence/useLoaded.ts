import { useCallback, useEffect, useRef, useState } from 'react';
import { flushSync } from 'react-dom';
import { reportStorageError } from './storageProblems';

/**
 * What `load` reads from storage: null until the first read has answered, read again on `reload()`.
 * Two quick reloads can finish out of order, so only the newest read's answer is shown. `reload()`
 * resolves once that answer is on screen, so a notice about the change that needed the reload never
 * stands beside the old data. `load` must be memoised: a new one (another case) starts from null.
 */
export function useLoaded<T>(load: () => Promise<T>): { value: T | null; reload(): Promise<void> } {
  const [loaded, setLoaded] = useState<{ load: () => Promise<T>; value: T } | null>(null);
  const newest = useRef(0);
  const reload = useCallback(() => {
    const read = ++newest.current;
    return load().then((value) => {
      // A plain update would wait for React's next pass; the caller's next step may be the notice.
      if (read === newest.current) flushSync(() => setLoaded({ load, value }));
    }, reportStorageError);
  }, [load]);
  useEffect(() => {
    void reload();
  }, [reload]);
  return { value: loaded?.load === load ? loaded.value : null, reload };
}
