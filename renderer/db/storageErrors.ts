/** Storage failures a user can act on, told apart from programming errors; each has its own words. */
export const storageProblems = ['quota', 'disk', 'closed', 'versionChange', 'aborted', 'readOnly', 'lost', 'unavailable', 'unknown'] as const;
export type StorageProblem = (typeof storageProblems)[number];

/** Error names from IndexedDB, Dexie and our own write guard (renderer/db/writeGuard.ts). */
const byName: Record<string, StorageProblem> = {
  QuotaExceededError: 'quota',
  // Chromium reports a failed disk write or a corrupt store as UnknownError.
  UnknownError: 'disk',
  DatabaseClosedError: 'closed',
  VersionChangeError: 'versionChange',
  VersionError: 'versionChange',
  ReadOnlyError: 'readOnly',
  DatabaseLostError: 'lost',
  MissingAPIError: 'unavailable',
  InvalidStateError: 'unavailable',
  OpenFailedError: 'unavailable',
};

function nameOf(error: unknown): string | null {
  if (typeof error !== 'object' || error === null || !('name' in error)) return null;
  const name = (error as { name: unknown }).name;
  return typeof name === 'string' ? name : null;
}

/**
 * Dexie wraps the cause in `inner` (a QuotaExceededError inside an AbortError),
 * so the most specific name along that chain decides; an abort with no cause
 * of its own is still a write that did not happen.
 */
export function classifyStorageError(error: unknown): StorageProblem {
  let aborted = false;
  let current: unknown = error;
  for (let depth = 0; current && depth < 5; depth++) {
    const name = nameOf(current);
    if (name && name in byName) return byName[name]!;
    if (name === 'AbortError' || name === 'TransactionInactiveError') aborted = true;
    current = (current as { inner?: unknown }).inner;
  }
  return aborted ? 'aborted' : 'unknown';
}
