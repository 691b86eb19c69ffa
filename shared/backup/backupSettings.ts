import { z } from 'zod';
import { defaultBackupSettings } from './defaultBackupSettings';

const whole = (min: number, max: number) =>
  z.number({ error: 'backup.auto.range' }).int({ error: 'backup.auto.range' }).min(min, { error: 'backup.auto.range' }).max(max, { error: 'backup.auto.range' });

/** Automatic backups (desktop) and the reminder (everywhere). Retention counts follow restic's keep-daily/weekly/monthly. */
export const backupSettingsSchema = z.object({
  auto: z.boolean(),
  warnAfterDays: whole(1, 365),
  keepDaily: whole(0, 366),
  keepWeekly: whole(0, 260),
  keepMonthly: whole(0, 600),
});
export type BackupSettings = z.infer<typeof backupSettingsSchema>;

/** In the app's settings: a stored value that no longer fits falls back to the defaults without taking the other settings along. */
export const storedBackupSettingsSchema = backupSettingsSchema.catch(defaultBackupSettings);
