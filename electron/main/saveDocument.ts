import { rename, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { app, BrowserWindow, dialog } from 'electron';
import { documentExtension } from '@shared/export/documentFile';
import type { Handler } from './ipc';

/** The chosen path with .docx, whatever the user typed: the bytes are a Word document. */
export function withDocumentExtension(path: string): string {
  return path.toLowerCase().endsWith(documentExtension) ? path : `${path}${documentExtension}`;
}

/*
 * The request was checked before this runs (a .docx name, a ZIP package of at
 * most 50 MB; see shared/export/documentFile). The file is written beside its
 * target and renamed into place, so a failed write never leaves half a
 * document under the name the user chose.
 */
export const saveDocument: Handler<'saveDocument'> = async ({ suggestedName, bytes }) => {
  const options = {
    defaultPath: join(app.getPath('documents'), suggestedName),
    filters: [{ name: 'Word-document', extensions: ['docx'] }],
  };
  const parent = BrowserWindow.getFocusedWindow();
  const choice = parent ? await dialog.showSaveDialog(parent, options) : await dialog.showSaveDialog(options);
  if (choice.canceled || choice.filePath === undefined || choice.filePath === '') return { saved: false };
  const target = withDocumentExtension(choice.filePath);
  const partial = `${target}.${process.pid}.part`;
  try {
    await writeFile(partial, bytes);
    await rename(partial, target);
  } catch (error) {
    await rm(partial, { force: true });
    throw error;
  }
  return { saved: true };
};
