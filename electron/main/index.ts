import { app, BrowserWindow, session } from 'electron';
import { registerHandlers } from './handlers';
import { installApplicationMenu } from './menu';
import { installOpenedAttachmentsCleanup } from './openedAttachments';
import { devServerUrl } from './origin';
import { rendererDir } from './paths';
import { registerAppScheme, serveRenderer } from './protocol';
import { installQuitHandshake } from './quitHandshake';
import { hardenAllWebContents, installPermissionPolicy } from './security';
import { installSpellChecker } from './spellChecker';
import { createMainWindow } from './window';

let mainWindow: BrowserWindow | null = null;

function openMainWindow(): void {
  mainWindow = createMainWindow();
  installQuitHandshake(mainWindow);
  mainWindow.once('closed', () => {
    mainWindow = null;
  });
}

function focusMainWindow(): void {
  if (mainWindow === null) return;
  if (mainWindow.isMinimized()) mainWindow.restore();
  mainWindow.show();
  mainWindow.focus();
}

async function start(): Promise<void> {
  await app.whenReady();
  installPermissionPolicy(session.defaultSession);
  installSpellChecker(session.defaultSession);
  // Before the handlers, so a file opened in this session is never taken for one left from the last.
  installOpenedAttachmentsCleanup();
  if (devServerUrl() === null) serveRenderer(rendererDir);
  registerHandlers();
  installApplicationMenu();
  openMainWindow();
  // macOS keeps apps running without windows and reopens one from the dock.
  app.on('activate', () => {
    if (BrowserWindow.getAllWindows().length === 0) openMainWindow();
  });
}

/*
 * Two instances would share one IndexedDB and overwrite each other's writes,
 * so a second launch only brings the first window forward.
 */
if (app.requestSingleInstanceLock()) {
  app.enableSandbox();
  registerAppScheme();
  hardenAllWebContents();
  app.on('second-instance', focusMainWindow);
  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit();
  });
  start().catch((error: unknown) => {
    console.error('Starting Beraad failed', error);
    app.exit(1);
  });
} else {
  app.quit();
}
