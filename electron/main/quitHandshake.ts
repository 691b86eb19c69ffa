import { app, ipcMain, type BrowserWindow, type Event, type IpcMainEvent } from 'electron';
import { lifecycleChannels } from '@shared/ipc/channels';

/** Long enough for IndexedDB to commit, short enough that a hung renderer never traps the user. */
export const flushTimeoutMs = 3000;

/** Asks the renderer to write what it still holds; settles when it answers or the time is up. */
function flushRenderer(window: BrowserWindow): Promise<void> {
  const contents = window.webContents;
  if (window.isDestroyed() || contents.isDestroyed()) return Promise.resolve();
  return new Promise((resolve) => {
    const done = () => {
      clearTimeout(timer);
      ipcMain.removeListener(lifecycleChannels.flushed, onFlushed);
      resolve();
    };
    // Other windows may answer their own requests; only this one's answer counts.
    const onFlushed = (event: IpcMainEvent) => {
      if (event.sender === contents) done();
    };
    const timer = setTimeout(done, flushTimeoutMs);
    ipcMain.on(lifecycleChannels.flushed, onFlushed);
    contents.send(lifecycleChannels.flushRequest);
  });
}

/**
 * Holds back closing the window and quitting the app until the renderer has
 * flushed, once: after that both go ahead, so quitting (which also closes the
 * window) flushes a single time.
 */
export function installQuitHandshake(window: BrowserWindow): void {
  let flushed = false;
  let flushing: Promise<void> | null = null;
  const flushOnce = (proceed: () => void) => {
    flushing ??= flushRenderer(window).then(() => {
      flushed = true;
    });
    void flushing.then(proceed);
  };

  window.on('close', (event) => {
    if (flushed) return;
    event.preventDefault();
    flushOnce(() => {
      // A second click while flushing queues a second close; the first already did it.
      if (!window.isDestroyed()) window.close();
    });
  });

  const onBeforeQuit = (event: Event) => {
    if (flushed || window.isDestroyed()) return;
    event.preventDefault();
    flushOnce(() => app.quit());
  };
  app.on('before-quit', onBeforeQuit);
  window.once('closed', () => app.removeListener('before-quit', onBeforeQuit));
}
