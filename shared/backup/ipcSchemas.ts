import { z } from 'zod';
import { folderBackupReasons } from './fileNames';
import { defaultLimits } from './limits';

const count = (max: number) => z.number().int().min(0).max(max);
export const retentionSchema = z.strictObject({ daily: count(366), weekly: count(260), monthly: count(600) });

export const backupWriteRequest = z.strictObject({
  bytes: z.instanceof(Uint8Array).refine((bytes) => bytes.byteLength > 0 && bytes.byteLength <= defaultLimits.maxFileBytes, { error: 'too_large' }),
  reason: z.enum(folderBackupReasons),
  retention: retentionSchema,
});

export const backupWriteResponse = z.object({
  fileName: z.string(),
  at: z.iso.datetime(),
  removed: z.number().int(),
  /**
   * Only from the browser, when the file is not known to be on disk: offered
   * as a download (whether it was kept only the user knows), or the save
   * dialog was cancelled. Absent: written and closed.
   */
  handover: z.enum(['offered', 'cancelled']).optional(),
});

export const folderBackupSchema = z.object({ fileName: z.string(), at: z.iso.datetime(), bytes: z.number().int(), reason: z.enum(folderBackupReasons) });
export type FolderBackup = z.infer<typeof folderBackupSchema>;

/** Where automatic backups go and what is there; `folder` is null where there is no folder (the browser). */
export const backupStatusResponse = z.object({
  folder: z.string().nullable(),
  isDefault: z.boolean(),
  backups: z.array(folderBackupSchema),
});
export type BackupStatus = z.infer<typeof backupStatusResponse>;
