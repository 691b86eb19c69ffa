import { describe, expect, it } from 'vitest';
import { classifyStorageError } from '../../../../renderer/db/storageErrors';

describe('storage errors', () => {
  it('finds a quota error, also wrapped inside an AbortError', () => {
    expect(classifyStorageError(new DOMException('vol', 'QuotaExceededError'))).toBe('quota');
    const wrapped = Object.assign(new Error('abort'), { name: 'AbortError', inner: new DOMException('vol', 'QuotaExceededError') });
    expect(classifyStorageError(wrapped)).toBe('quota');
  });

  it('tells an unavailable database from an unknown failure', () => {
    expect(classifyStorageError(Object.assign(new Error('x'), { name: 'MissingAPIError' }))).toBe('unavailable');
    expect(classifyStorageError(new TypeError('bug'))).toBe('unknown');
    expect(classifyStorageError(null)).toBe('unknown');
  });
});
