import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { BrowserWindow as ElectronWindow } from 'electron';
import { lifecycleChannels } from '@shared/ipc/channels';
import { flushTimeoutMs, installQuitHandshake } from '../../../../electron/main/quitHandshake';
import { app, BrowserWindow, ipcMain, resetElectronMock } from '../../electronMock';

let window: BrowserWindow;

beforeEach(() => {
  resetElectronMock();
  vi.useFakeTimers();
  window = new BrowserWindow();
  installQuitHandshake(window as unknown as ElectronWindow);
});
afterEach(() => vi.useRealTimers());

/** The renderer's preload answering the flush request. */
function rendererAnswers(from = window.webContents) {
  ipcMain.emit(lifecycleChannels.flushed, { sender: from });
}

const settle = () => vi.advanceTimersByTimeAsync(0);

describe('closing the window', () => {
  it('asks the renderer to flush and closes once it has answered', async () => {
    window.close();
    expect(window.destroyed).toBe(false);
    expect(window.webContents.send).toHaveBeenCalledExactlyOnceWith(lifecycleChannels.flushRequest);

    rendererAnswers();
    await settle();
    expect(window.destroyed).toBe(true);
    expect(ipcMain.listenerCount(lifecycleChannels.flushed)).toBe(0);
    expect(vi.getTimerCount()).toBe(0);
  });

  it('closes after the timeout when the renderer never answers', async () => {
    window.close();
    await vi.advanceTimersByTimeAsync(flushTimeoutMs - 1);
    expect(window.destroyed).toBe(false);
    await vi.advanceTimersByTimeAsync(1);
    expect(window.destroyed).toBe(true);
    expect(flushTimeoutMs).toBe(3000);
    expect(ipcMain.listenerCount(lifecycleChannels.flushed)).toBe(0);
  });

  it('does not take another window’s answer for this one', async () => {
    const other = new BrowserWindow();
    window.close();
    rendererAnswers(other.webContents);
    await settle();
    expect(window.destroyed).toBe(false);
    await vi.advanceTimersByTimeAsync(flushTimeoutMs);
    expect(window.destroyed).toBe(true);
  });

  it('flushes once when the user clicks close again while waiting', async () => {
    window.close();
    window.close();
    expect(window.webContents.send).toHaveBeenCalledOnce();
    rendererAnswers();
    await settle();
    expect(window.destroyed).toBe(true);
    expect(window.close).toHaveBeenCalledTimes(3);
  });
});

describe('quitting the app', () => {
  it('holds the quit until the renderer has flushed, then quits without flushing again', async () => {
    app.quit();
    expect(app.hasQuit).toBe(false);
    expect(window.destroyed).toBe(false);
    expect(window.webContents.send).toHaveBeenCalledExactlyOnceWith(lifecycleChannels.flushRequest);

    rendererAnswers();
    await settle();
    expect(app.hasQuit).toBe(true);
    expect(window.destroyed).toBe(true);
    expect(window.webContents.send).toHaveBeenCalledOnce();
  });

  it('quits after the timeout when the renderer hangs', async () => {
    app.quit();
    await vi.advanceTimersByTimeAsync(flushTimeoutMs - 1);
    expect(app.hasQuit).toBe(false);
    await vi.advanceTimersByTimeAsync(1);
    expect(app.hasQuit).toBe(true);
    expect(window.destroyed).toBe(true);
  });

  it('quits at once when the window has already closed and flushed', async () => {
    window.close();
    rendererAnswers();
    await settle();
    expect(app.listenerCount('before-quit')).toBe(0);
    app.quit();
    expect(app.hasQuit).toBe(true);
  });
});
