import { rename, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { app, BrowserWindow, dialog } from 'electron';
import { documentFormats, formatOfName, type DocumentFormat } from '@shared/export/documentFile';
import type { Handler } from './ipc';

/** The chosen path with the document's extension, whatever the user typed: the bytes are a document of that format. */
export function withDocumentExtension(path: string, format: DocumentFormat): string {
  const { extension } = documentFormats[format];
  return path.toLowerCase().endsWith(extension) ? path : `${path}${extension}`;
}

/*
 * The request was checked before this runs (a .docx, .pdf, .odt or .zip name, bytes of
 * that format, at most 50 MB; see shared/export/documentFile). The file is written beside its
 * target and renamed into place, so a failed write never leaves half a
 * document under the name the user chose.
 */
export const saveDocument: Handler<'saveDocument'> = async ({ suggestedName, bytes }) => {
  const format = formatOfName(suggestedName) ?? 'docx';
  const options = {
    defaultPath: join(app.getPath('documents'), suggestedName),
    filters: [{ name: documentFormats[format].filterName, extensions: [documentFormats[format].extension.slice(1)] }],
  };
  const parent = BrowserWindow.getFocusedWindow();
  const choice = parent ? await dialog.showSaveDialog(parent, options) : await dialog.showSaveDialog(options);
  if (choice.canceled || choice.filePath === undefined || choice.filePath === '') return { saved: false };
  const target = withDocumentExtension(choice.filePath, format);
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
