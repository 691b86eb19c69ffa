/** Why a backup was written to the folder; retention only ever deletes the automatic ones. */
export const folderBackupReasons = ['scheduled', 'quit', 'beforeRestore'] as const;
export type FolderBackupReason = (typeof folderBackupReasons)[number];
export const automaticReasons: readonly FolderBackupReason[] = ['scheduled', 'quit'];

/*
 * Backup files carry their time and reason in the name, so the folder can be
 * listed and thinned without opening any file. Only names of exactly this
 * shape are ever considered for deletion.
 */
const pattern = new RegExp(`^beraad-back-up-(\\d{4}-\\d{2}-\\d{2})T(\\d{2})-(\\d{2})-(\\d{2})-(\\d{3})Z-(${folderBackupReasons.join('|')})\\.zip$`);

export function backupFileName(at: Date, reason: FolderBackupReason | 'manual'): string {
  return `beraad-back-up-${at.toISOString().replace(/[:.]/g, '-')}-${reason}.zip`;
}

export function parseBackupFileName(name: string): { at: Date; reason: FolderBackupReason } | null {
  const match = pattern.exec(name);
  if (!match) return null;
  const [, day, hours, minutes, seconds, millis, reason] = match;
  const at = new Date(`${day}T${hours}:${minutes}:${seconds}.${millis}Z`);
  return Number.isNaN(at.getTime()) ? null : { at, reason: reason as FolderBackupReason };
}
