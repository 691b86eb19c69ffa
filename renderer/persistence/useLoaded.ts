import { useCallback, useEffect, useRef, useState } from 'react';
import { flushSync } from 'react-dom';
import { reportStorageError } from './storageProblems';

interface Loaded<T> {
  value: T | null;
  /** The newest read failed (and was reported); `value` is still the answer before it, if any. */
  failed: boolean;
  reload(): Promise<void>;
}

/**
 * What `load` reads from storage: null until the first read has answered, read again on `reload()`.
 * Two quick reloads can finish out of order, so only the newest read's answer is shown. `reload()`
 * resolves once that answer is on screen, so a notice about the change that needed the reload never
 * stands beside the old data. `load` must be memoised: a new one (another case) starts from null.
 */
export function useLoaded<T>(load: () => Promise<T>): Loaded<T> {
  const [held, setHeld] = useState<{ load: () => Promise<T>; value: T | null; failed: boolean } | null>(null);
  const newest = useRef(0);
  const reload = useCallback(() => {
    const read = ++newest.current;
    // A plain update would wait for React's next pass; the caller's next step may be the notice.
    const show = (next: (before: T | null) => { value: T | null; failed: boolean }) => {
      if (read !== newest.current) return;
      flushSync(() => setHeld((before) => ({ load, ...next(before?.load === load ? before.value : null) })));
    };
    return load().then(
      (value) => show(() => ({ value, failed: false })),
      (error: unknown) => {
        reportStorageError(error);
        show((before) => ({ value: before, failed: true }));
      },
    );
  }, [load]);
  useEffect(() => {
    void reload();
  }, [reload]);
  const current = held?.load === load ? held : null;
  return { value: current?.value ?? null, failed: current?.failed ?? false, reload };
}
