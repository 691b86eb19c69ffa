import { useEffect, useState } from 'react';
import { DebouncedSaver, type SaveStatus } from './debouncedSaver';
import { keepEmergencyCopy, settleEmergencyCopy } from './emergencyCopies';
import { registerFlush } from './flushRegistry';
import { reportStorageError } from './storageProblems';

/* Well inside "every edit reaches IndexedDB within a second", also while typing without pause. */
export const autosaveDelayMs = 300;
export const autosaveMaxWaitMs = 2000;
/** After a failed write: soon for a passing hiccup, then no more than twice a minute against a full disk. */
export const autosaveRetryDelaysMs = [1000, 2000, 5000, 10_000, 30_000] as const;

/** Where a value that cannot be written is kept meanwhile (persistence/emergencyCopies.ts). */
export interface EmergencyTarget<T> {
  key: string;
  label: string;
  toJson(value: T): unknown;
}

/**
 * A DebouncedSaver for the lifetime of a component. It flushes when the
 * component unmounts (navigation) and when the app asks (quit, page hide).
 * A failed write is reported, retried, and, given an emergency target, kept
 * outside IndexedDB until a later write of it lands.
 */
export function useAutosave<T>(write: (value: T) => Promise<void>, emergency?: EmergencyTarget<T>): { saver: DebouncedSaver<T>; status: SaveStatus } {
  const [status, setStatus] = useState<SaveStatus>('saved');
  const [saver] = useState(
    () =>
      new DebouncedSaver<T>(
        write,
        autosaveDelayMs,
        (next, error, unsaved) => {
          setStatus(next);
          // Taken when the saver is made, like `write`: both describe what this component edits.
          const copyTo = emergency;
          if (error !== undefined) {
            reportStorageError(error);
            if (copyTo && unsaved !== undefined) keepEmergencyCopy(copyTo.key, copyTo.label, copyTo.toJson(unsaved));
          }
          if (next === 'saved' && copyTo) settleEmergencyCopy(copyTo.key);
        },
        autosaveMaxWaitMs,
        autosaveRetryDelaysMs,
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
