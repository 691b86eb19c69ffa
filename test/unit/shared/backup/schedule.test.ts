import { describe, expect, it } from 'vitest';
import { backupOverdue, scheduledBackupDue } from '@shared/backup/schedule';

const now = new Date('2026-11-22T12:00:00.000Z');

describe('scheduledBackupDue', () => {
  it('is due without any backup, and 24 hours after the last', () => {
    expect(scheduledBackupDue(null, now)).toBe(true);
    expect(scheduledBackupDue('2026-11-21T12:00:00.000Z', now)).toBe(true);
    expect(scheduledBackupDue('2026-11-21T12:00:00.001Z', now)).toBe(false);
  });
});

describe('backupOverdue', () => {
  it('counts from the last backup, or from when counting started if there never was one', () => {
    expect(backupOverdue({ lastBackupAt: '2026-11-15T11:59:00.000Z', since: '2020-01-01T00:00:00.000Z' }, now, 7)).toBe(true);
    expect(backupOverdue({ lastBackupAt: '2026-11-15T12:01:00.000Z', since: '2020-01-01T00:00:00.000Z' }, now, 7)).toBe(false);
    expect(backupOverdue({ lastBackupAt: null, since: '2026-11-20T00:00:00.000Z' }, now, 7)).toBe(false);
    expect(backupOverdue({ lastBackupAt: null, since: '2026-11-01T00:00:00.000Z' }, now, 7)).toBe(true);
  });
});
