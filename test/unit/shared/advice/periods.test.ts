import { describe, expect, it } from 'vitest';
import { isReversed, matchingQuickPeriod, quickPeriod } from '@shared/advice/periods';

describe('quick periods', () => {
  it('gives the calendar quarter of today and the one before it', () => {
    expect(quickPeriod('thisQuarter', '2026-05-17')).toEqual({ from: '2026-04-01', to: '2026-06-30' });
    expect(quickPeriod('lastQuarter', '2026-05-17')).toEqual({ from: '2026-01-01', to: '2026-03-31' });
    expect(quickPeriod('thisQuarter', '2026-12-31')).toEqual({ from: '2026-10-01', to: '2026-12-31' });
    expect(quickPeriod('lastQuarter', '2026-09-30')).toEqual({ from: '2026-04-01', to: '2026-06-30' });
  });

  it('rolls the previous quarter of January to March back into last year', () => {
    expect(quickPeriod('thisQuarter', '2026-01-01')).toEqual({ from: '2026-01-01', to: '2026-03-31' });
    expect(quickPeriod('lastQuarter', '2026-01-01')).toEqual({ from: '2025-10-01', to: '2025-12-31' });
    expect(quickPeriod('lastQuarter', '2026-03-31')).toEqual({ from: '2025-10-01', to: '2025-12-31' });
  });

  it('ends the first quarter on the right day in leap years and others', () => {
    expect(quickPeriod('thisQuarter', '2028-02-29').to).toBe('2028-03-31');
    expect(quickPeriod('lastQuarter', '2028-04-01')).toEqual({ from: '2028-01-01', to: '2028-03-31' });
    expect(quickPeriod('lastQuarter', '2026-10-05')).toEqual({ from: '2026-07-01', to: '2026-09-30' });
  });

  it('gives this year and last year as whole calendar years', () => {
    expect(quickPeriod('thisYear', '2026-05-17')).toEqual({ from: '2026-01-01', to: '2026-12-31' });
    expect(quickPeriod('lastYear', '2026-01-01')).toEqual({ from: '2025-01-01', to: '2025-12-31' });
  });

  it('recognises a period that is exactly a quick choice, and nothing else', () => {
    expect(matchingQuickPeriod({ from: '2026-04-01', to: '2026-06-30' }, '2026-05-17')).toBe('thisQuarter');
    expect(matchingQuickPeriod({ from: '2025-01-01', to: '2025-12-31' }, '2026-05-17')).toBe('lastYear');
    expect(matchingQuickPeriod({ from: '2026-04-01', to: '2026-06-29' }, '2026-05-17')).toBeNull();
    expect(matchingQuickPeriod({ from: '2026-04-01' }, '2026-05-17')).toBeNull();
    expect(matchingQuickPeriod({}, '2026-05-17')).toBeNull();
  });

  it('calls a period reversed only when both ends are given and the start comes later', () => {
    expect(isReversed({ from: '2026-07-01', to: '2026-06-30' })).toBe(true);
    expect(isReversed({ from: '2026-06-30', to: '2026-06-30' })).toBe(false);
    expect(isReversed({ from: '2026-07-01' })).toBe(false);
    expect(isReversed({})).toBe(false);
  });
});
