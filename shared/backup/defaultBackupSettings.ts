import type { BackupSettings } from './backupSettings';

export const defaultBackupSettings: BackupSettings = { auto: true, warnAfterDays: 7, keepDaily: 7, keepWeekly: 4, keepMonthly: 12 };
