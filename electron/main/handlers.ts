import { writeFile } from 'node:fs/promises';
import { extname, join } from 'node:path';
import { app, BrowserWindow, dialog, shell } from 'electron';
import { attachmentMimeType } from '@shared/cases/attachments';
import { parseExternalUrl } from '@shared/util/safeUrl';
import { boardSessionRead, boardSessionWrite } from './boardSessionStore';
import { backupChooseFolder, backupRead, backupStatus, backupWrite } from './backupStore';
import { identityRead, identityWrite } from './identityStore';
import { handle, type Handler } from './ipc';
import { newOpenedAttachmentFolder } from './openedAttachments';
import { saveDocument } from './saveDocument';

export const saveFile: Handler<'saveFile'> = async ({ suggestedName, bytes }) => {
  const options = { defaultPath: join(app.getPath('documents'), suggestedName) };
  const parent = BrowserWindow.getFocusedWindow();
  const choice = parent ? await dialog.showSaveDialog(parent, options) : await dialog.showSaveDialog(options);
  if (choice.canceled || choice.filePath === undefined || choice.filePath === '') return { saved: false };
  await writeFile(choice.filePath, bytes);
  return { saved: true };
};

/*
 * Hands a file to the operating system's default viewer. Only attachment types
 * (documents and raster images) qualify: anything else might be run rather
 * than shown. The copy lives only as long as the session (see openedAttachments).
 */
export const openFile: Handler<'openFile'> = async ({ name, bytes }) => {
  if (extname(name) === '' || attachmentMimeType(name) === null) return { opened: false };
  const file = join(await newOpenedAttachmentFolder(), name);
  await writeFile(file, bytes, { flag: 'wx' });
  const failure = await shell.openPath(file);
  if (failure !== '') throw new Error(failure);
  return { opened: true };
};

export const openExternal: Handler<'openExternal'> = async ({ url }) => {
  const external = parseExternalUrl(url);
  if (external === null) return { opened: false };
  await shell.openExternal(external.href);
  return { opened: true };
};

export const appInfo: Handler<'appInfo'> = () => ({ version: app.getVersion(), platform: process.platform });

export function registerHandlers(): void {
  handle('saveFile', saveFile);
  handle('openFile', openFile);
  handle('openExternal', openExternal);
  handle('appInfo', appInfo);
  handle('saveDocument', saveDocument);
  handle('backupWrite', backupWrite);
  handle('backupStatus', backupStatus);
  handle('backupChooseFolder', backupChooseFolder);
  handle('backupRead', backupRead);
  handle('identityRead', identityRead);
  handle('identityWrite', identityWrite);
  handle('boardSessionRead', boardSessionRead);
  handle('boardSessionWrite', boardSessionWrite);
}
