/** Storage failures a user can act on, told apart from programming errors. */
export type StorageProblem = 'quota' | 'unavailable' | 'unknown';

function isNamed(error: unknown, name: string): boolean {
  return typeof error === 'object' && error !== null && 'name' in error && (error as { name: unknown }).name === name;
}

/** Dexie can wrap QuotaExceededError in an AbortError's `inner`. */
export function classifyStorageError(error: unknown): StorageProblem {
  let current: unknown = error;
  for (let depth = 0; current && depth < 5; depth++) {
    if (isNamed(current, 'QuotaExceededError')) return 'quota';
    if (isNamed(current, 'MissingAPIError') || isNamed(current, 'InvalidStateError')) return 'unavailable';
    current = (current as { inner?: unknown }).inner;
  }
  return 'unknown';
}
