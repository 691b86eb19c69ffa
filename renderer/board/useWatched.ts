import { useEffect, useState } from 'react';
import { reportStorageError } from '../persistence/storageProblems';

/** Starts following a value: calls the listener with each new one, and resolves to the function that stops. */
export type Watch<T> = (listener: (value: T) => void) => Promise<() => void>;

/**
 * The latest value a watch reported, for as long as the component shows it
 * (null before the first, or when there is nothing to watch). A watch that
 * starts after the component went away is stopped at once. Pass a memoized
 * watch: a new one starts anew and forgets the old one's value.
 */
export function useWatched<T>(watch: Watch<T> | null): T | null {
  const [held, setHeld] = useState<{ watch: Watch<T>; value: T } | null>(null);
  useEffect(() => {
    if (watch === null) return;
    let current = true;
    let stop: (() => void) | null = null;
    watch((value) => current && setHeld({ watch, value }))
      .then((watching) => {
        if (current) stop = watching;
        else watching();
      })
      .catch(reportStorageError);
    return () => {
      current = false;
      stop?.();
    };
  }, [watch]);
  return held !== null && held.watch === watch ? held.value : null;
}
