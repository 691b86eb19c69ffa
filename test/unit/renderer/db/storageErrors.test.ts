import { describe, expect, it } from 'vitest';
import { classifyStorageError } from '../../../../renderer/db/storageErrors';

const named = (name: string, inner?: unknown) => Object.assign(new Error(name), { name, inner });

describe('storage errors', () => {
  it('finds a quota error, also wrapped inside an AbortError', () => {
    expect(classifyStorageError(new DOMException('vol', 'QuotaExceededError'))).toBe('quota');
    expect(classifyStorageError(named('AbortError', new DOMException('vol', 'QuotaExceededError')))).toBe('quota');
  });

  it('names each failure a user can act on', () => {
    expect(classifyStorageError(new DOMException('io', 'UnknownError'))).toBe('disk');
    expect(classifyStorageError(named('DatabaseClosedError'))).toBe('closed');
    expect(classifyStorageError(named('VersionChangeError'))).toBe('versionChange');
    expect(classifyStorageError(named('ReadOnlyError'))).toBe('readOnly');
    expect(classifyStorageError(named('DatabaseLostError'))).toBe('lost');
    expect(classifyStorageError(named('MissingAPIError'))).toBe('unavailable');
  });

  it('calls an abort without a cause an aborted write, not an unknown one', () => {
    expect(classifyStorageError(named('AbortError'))).toBe('aborted');
    expect(classifyStorageError(named('AbortError', named('DatabaseClosedError')))).toBe('closed');
  });

  it('leaves programming errors unknown', () => {
    expect(classifyStorageError(new TypeError('bug'))).toBe('unknown');
    expect(classifyStorageError(null)).toBe('unknown');
  });
});
