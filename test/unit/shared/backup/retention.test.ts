import { describe, expect, it } from 'vitest';
import { backupsToKeep, defaultRetention, type DatedBackup } from '@shared/backup/retention';

const backup = (iso: string): DatedBackup => ({ name: iso, at: new Date(iso) });
const keep = (isos: string[], now: string, policy = defaultRetention) => [...backupsToKeep(isos.map(backup), policy, new Date(now))].sort();
const none = { daily: 0, weekly: 0, monthly: 0 };

/** Daily backups at 10:00 UTC from `from` for `days` days. */
function daily(from: string, days: number): string[] {
  const start = new Date(`${from}T10:00:00.000Z`).getTime();
  return Array.from({ length: days }, (_, i) => new Date(start + i * 86_400_000).toISOString());
}

describe('backupsToKeep', () => {
  it('keeps nothing to delete when there are fewer backups than the policy allows', () => {
    const dates = daily('2026-11-01', 5);
    expect(keep(dates, '2026-11-06T00:00:00Z')).toEqual(dates);
  });

  it('keeps the last 7 days, 4 weeks and 12 months of a year of daily backups: 7 + 3 + 11 distinct ones at most', () => {
    const dates = daily('2025-11-23', 365);
    const kept = keep(dates, '2026-11-22T12:00:00Z');
    expect(kept.slice(-7)).toEqual(dates.slice(-7));
    expect(kept.length).toBeLessThanOrEqual(7 + 4 + 12);
    expect(kept.length).toBeGreaterThanOrEqual(7 + 12 - 1);
    // Monthly keeps the newest backup of each month: 31 October, 30 September, …
    expect(kept).toContain('2026-10-31T10:00:00.000Z');
    expect(kept).toContain('2026-09-30T10:00:00.000Z');
    expect(kept).not.toContain('2026-10-30T10:00:00.000Z');
  });

  it('keeps only the newest of several backups on one day', () => {
    const dates = ['2026-11-20T08:00:00Z', '2026-11-20T12:00:00Z', '2026-11-20T17:00:00Z'].map((d) => new Date(d).toISOString());
    expect(keep(dates, '2026-11-21T00:00:00Z', { ...none, daily: 7 })).toEqual([dates[2]]);
  });

  it('always keeps the newest backup, even with a policy of zero', () => {
    expect(keep(['2026-11-01T10:00:00.000Z', '2026-11-02T10:00:00.000Z'], '2026-11-03T00:00:00Z', none)).toEqual(['2026-11-02T10:00:00.000Z']);
  });

  it('counts days in Dutch time: 23:30 UTC in summer is already the next day', () => {
    // 2026-07-01T23:30Z is 2 July 01:30 in Amsterdam, the same local day as the 2 July backup.
    const dates = ['2026-07-01T21:00:00.000Z', '2026-07-01T23:30:00.000Z', '2026-07-02T10:00:00.000Z'];
    expect(keep(dates, '2026-07-03T00:00:00Z', { ...none, daily: 7 })).toEqual(['2026-07-01T21:00:00.000Z', '2026-07-02T10:00:00.000Z']);
  });

  it('handles the night clocks go back (25-hour day) as one day', () => {
    // 25 October 2026: 00:30 and 23:30 local are 22:30Z on the 24th and 22:30Z on the 25th.
    const dates = ['2026-10-24T22:30:00.000Z', '2026-10-25T22:30:00.000Z'];
    expect(keep(dates, '2026-10-27T00:00:00Z', { ...none, daily: 1 })).toEqual(['2026-10-25T22:30:00.000Z']);
    // Both are 25 October locally, so even two daily slots keep only the newer.
    expect(keep(dates, '2026-10-27T00:00:00Z', { ...none, daily: 2 })).toEqual(['2026-10-25T22:30:00.000Z']);
  });

  it('uses ISO weeks: 31 December 2026 (a Thursday) and 1–3 January 2027 are one week, 53', () => {
    const dates = ['2026-12-28T10:00:00.000Z', '2026-12-31T10:00:00.000Z', '2027-01-03T10:00:00.000Z', '2027-01-04T10:00:00.000Z'];
    // Week 53 of 2026 runs Mon 28 Dec – Sun 3 Jan; 4 January starts week 1 of 2027.
    expect(keep(dates, '2027-01-05T00:00:00Z', { ...none, weekly: 2 })).toEqual(['2027-01-03T10:00:00.000Z', '2027-01-04T10:00:00.000Z']);
  });

  it('splits months at the year end and keeps the leap day as February’s last backup', () => {
    const dates = ['2028-02-28T10:00:00.000Z', '2028-02-29T10:00:00.000Z', '2028-03-01T10:00:00.000Z', '2027-12-31T22:30:00.000Z'];
    // 31 Dec 22:30Z is 23:30 local, still December; the leap day is the newest of February.
    expect(keep(dates, '2028-03-02T00:00:00Z', { ...none, monthly: 3 })).toEqual(['2027-12-31T22:30:00.000Z', '2028-02-29T10:00:00.000Z', '2028-03-01T10:00:00.000Z']);
  });

  it('counts periods that have a backup, so a long pause never empties the folder', () => {
    const dates = ['2025-01-10T10:00:00.000Z', '2025-03-10T10:00:00.000Z', '2026-11-01T10:00:00.000Z'];
    expect(keep(dates, '2026-11-22T00:00:00Z', { daily: 3, weekly: 0, monthly: 0 })).toEqual(dates);
  });

  it('never deletes backups dated after now: the clock may have been wrong', () => {
    const dates = ['2026-11-01T10:00:00.000Z', '2026-11-02T10:00:00.000Z', '2030-01-01T10:00:00.000Z'];
    expect(keep(dates, '2026-11-03T00:00:00Z', { ...none, daily: 1 })).toEqual(['2026-11-02T10:00:00.000Z', '2030-01-01T10:00:00.000Z']);
  });

  it('keeps nothing from an empty folder', () => {
    expect(keep([], '2026-11-03T00:00:00Z')).toEqual([]);
  });
});
