import { mkdir, readdir, readFile, rename, stat, unlink, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { app, BrowserWindow, dialog } from 'electron';
import { backupFileName, parseBackupFileName } from '@shared/backup/fileNames';
import { automaticReasons } from '@shared/backup/fileNames';
import type { BackupStatus, FolderBackup } from '@shared/backup/ipcSchemas';
import { backupsToKeep } from '@shared/backup/retention';
import type { Handler } from './ipc';

/*
 * The backup folder is main's to know: the renderer sends bytes and a reason,
 * never a path. The user picks another folder only through main's own dialog,
 * and the choice is kept in a small file beside the app's data.
 */
const configFile = () => join(app.getPath('userData'), 'backup-folder.json');
export const defaultBackupFolder = () => join(app.getPath('userData'), 'backups');

export async function backupFolder(): Promise<{ folder: string; isDefault: boolean }> {
  try {
    const { folder } = JSON.parse(await readFile(configFile(), 'utf8')) as { folder?: unknown };
    if (typeof folder === 'string' && folder !== '') return { folder, isDefault: false };
  } catch {
    // No choice made yet, or an unreadable file: the default folder it is.
  }
  return { folder: defaultBackupFolder(), isDefault: true };
}

export async function listBackups(folder: string): Promise<FolderBackup[]> {
  let names: string[];
  try {
    names = await readdir(folder);
  } catch {
    return [];
  }
  const found = await Promise.all(
    names.map(async (fileName) => {
      const parsed = parseBackupFileName(fileName);
      if (!parsed) return null;
      const { size } = await stat(join(folder, fileName));
      return { fileName, at: parsed.at.toISOString(), bytes: size, reason: parsed.reason };
    }),
  );
  return found.filter((backup) => backup !== null).sort((a, b) => b.at.localeCompare(a.at));
}

/**
 * Writes under a temporary name and renames when complete, so a crash or a
 * full disk never leaves a half file that looks like a backup. Then thins the
 * automatic backups by the retention rules; other files are never touched.
 */
export const backupWrite: Handler<'backupWrite'> = async ({ bytes, reason, retention }) => {
  const { folder } = await backupFolder();
  await mkdir(folder, { recursive: true });
  const at = new Date();
  const fileName = backupFileName(at, reason);
  const partial = join(folder, `${fileName}.part`);
  await writeFile(partial, bytes, { flag: 'wx' });
  await rename(partial, join(folder, fileName));

  const automatic = (await listBackups(folder)).filter((backup) => automaticReasons.includes(backup.reason));
  const keep = backupsToKeep(automatic.map((b) => ({ name: b.fileName, at: new Date(b.at) })), retention, at);
  const doomed = automatic.filter((backup) => !keep.has(backup.fileName));
  await Promise.all(doomed.map((backup) => unlink(join(folder, backup.fileName))));
  return { fileName, at: at.toISOString(), removed: doomed.length };
};

export const backupStatus: Handler<'backupStatus'> = async (): Promise<BackupStatus> => {
  const { folder, isDefault } = await backupFolder();
  return { folder, isDefault, backups: await listBackups(folder) };
};

export const backupChooseFolder: Handler<'backupChooseFolder'> = async () => {
  const options = { defaultPath: (await backupFolder()).folder, properties: ['openDirectory', 'createDirectory'] as ('openDirectory' | 'createDirectory')[] };
  const parent = BrowserWindow.getFocusedWindow();
  const choice = parent ? await dialog.showOpenDialog(parent, options) : await dialog.showOpenDialog(options);
  const folder = choice.filePaths[0];
  if (choice.canceled || folder === undefined) return { folder: null };
  await mkdir(app.getPath('userData'), { recursive: true });
  await writeFile(configFile(), JSON.stringify({ folder }));
  return { folder };
};

/** Reads only a file this folder's listing would show: a backup name, never a path. */
export const backupRead: Handler<'backupRead'> = async ({ fileName }) => {
  if (!parseBackupFileName(fileName)) throw new Error('not a backup file name');
  const { folder } = await backupFolder();
  return { bytes: new Uint8Array(await readFile(join(folder, fileName))) };
};
