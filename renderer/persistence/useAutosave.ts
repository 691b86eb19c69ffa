import { useEffect, useState } from 'react';
import { DebouncedSaver, type SaveStatus } from './debouncedSaver';
import { registerFlush } from './flushRegistry';
import { reportStorageError } from './storageProblems';

/* Well inside "every edit reaches IndexedDB within a second", also while typing without pause. */
export const autosaveDelayMs = 300;
export const autosaveMaxWaitMs = 2000;

/**
 * A DebouncedSaver for the lifetime of a component. It flushes when the
 * component unmounts (navigation) and when the app asks (quit, page hide).
 */
export function useAutosave<T>(write: (value: T) => Promise<void>): { saver: DebouncedSaver<T>; status: SaveStatus } {
  const [status, setStatus] = useState<SaveStatus>('saved');
  const [saver] = useState(
    () =>
      new DebouncedSaver<T>(
        write,
        autosaveDelayMs,
        (next, error) => {
          setStatus(next);
          if (error !== undefined) reportStorageError(error);
        },
        autosaveMaxWaitMs,
      ),
  );
  useEffect(() => {
    const unregister = registerFlush(() => saver.flush());
    return () => {
      unregister();
      void saver.flush();
    };
  }, [saver]);
  return { saver, status };
}
