import { describe, expect, it } from 'vitest';
import { localToday } from '../../../../renderer/db/clock';

describe('localToday', () => {
  it('takes today as the local calendar day', () => {
    expect(localToday(new Date(2026, 0, 5, 23, 59))).toBe('2026-01-05');
    expect(localToday(new Date(2026, 11, 31, 0, 1))).toBe('2026-12-31');
  });
});
