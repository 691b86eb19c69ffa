// Resolves the mocked module now, so it is the same instance as the import below once vi.resetModules runs.
import 'electron';
import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { invokeChannels, lifecycleChannels } from '@shared/ipc/channels';
import { app, createdWindows, ipcMain, Menu, protocol, resetElectronMock, session } from '../../electronMock';

async function launch() {
  vi.resetModules();
  await import('../../../../electron/main/index');
}

/** Start-up continues after whenReady(); wait until it has opened the window. */
async function launched() {
  await launch();
  await vi.waitFor(() => expect(createdWindows()).toHaveLength(1));
  return createdWindows()[0]!;
}

beforeEach(() => {
  resetElectronMock();
  vi.stubEnv('ELECTRON_RENDERER_URL', undefined);
});
afterEach(() => {
  vi.unstubAllEnvs();
  vi.restoreAllMocks();
});

describe('start-up', () => {
  it('registers the privileged scheme and the sandbox before the app is ready', async () => {
    await launched();
    expect(protocol.privilegedSchemes.map(({ scheme }) => scheme)).toEqual(['app']);
    const readyAt = app.whenReady.mock.invocationCallOrder[0]!;
    expect(protocol.registerSchemesAsPrivileged.mock.invocationCallOrder[0]).toBeLessThan(readyAt);
    expect(app.enableSandbox.mock.invocationCallOrder[0]).toBeLessThan(readyAt);
  });

  it('serves the renderer on app://, secures the session, answers the bridge and loads the window', async () => {
    const window = await launched();
    expect([...protocol.handlers.keys()]).toEqual(['app']);
    expect(session.defaultSession.permissionRequestHandler).not.toBeNull();
    expect(session.defaultSession.permissionCheckHandler).not.toBeNull();
    expect([...ipcMain.handlers.keys()].sort()).toEqual(Object.values(invokeChannels).sort());
    expect(Menu.setApplicationMenu).toHaveBeenCalledOnce();
    expect(window.loadURL).toHaveBeenCalledWith('app://beraad/index.html');
    expect(window.webContents.windowOpenHandler).not.toBeNull();
  });

  it('keeps spell checking on this machine, set before the window loads', async () => {
    const window = await launched();
    const ses = session.defaultSession;
    expect(ses.dictionaryDownloadUrl).toMatch(/^app:\/\/beraad\//);
    expect(ses.setSpellCheckerDictionaryDownloadURL.mock.invocationCallOrder[0]).toBeLessThan(window.loadURL.mock.invocationCallOrder[0]!);
  });

  it('removes the copies of opened attachments left from the last session, and this session’s on quit', async () => {
    const userData = await mkdtemp(join(tmpdir(), 'beraad-index-'));
    try {
      app.getPath.mockImplementation((name: string) => join(userData, name));
      const left = join(userData, 'userData', 'opened-attachments', 'last-session', 'Verslag.pdf');
      await mkdir(dirname(left), { recursive: true });
      await writeFile(left, 'pdf');
      await launched();
      expect(existsSync(left)).toBe(false);
      await writeFile(join(userData, 'userData', 'opened-attachments', 'Foto.png'), 'png');
      app.emit('quit');
      expect(await readdir(join(userData, 'userData', 'opened-attachments'))).toEqual([]);
    } finally {
      await rm(userData, { recursive: true, force: true });
    }
  });

  it('loads the dev server in development and does not serve app://', async () => {
    vi.stubEnv('ELECTRON_RENDERER_URL', 'http://localhost:5173');
    const window = await launched();
    expect(window.loadURL).toHaveBeenCalledWith('http://localhost:5173/');
    expect(protocol.handlers.size).toBe(0);
  });

  it('flushes the renderer before the window closes', async () => {
    const window = await launched();
    window.close();
    expect(window.webContents.send).toHaveBeenCalledWith(lifecycleChannels.flushRequest);
    expect(window.destroyed).toBe(false);
  });
});

describe('single instance', () => {
  it('quits a second instance before it opens anything', async () => {
    app.requestSingleInstanceLock.mockReturnValue(false);
    await launch();
    expect(app.quit).toHaveBeenCalledOnce();
    expect(app.whenReady).not.toHaveBeenCalled();
    expect(createdWindows()).toHaveLength(0);
    expect(ipcMain.handlers.size).toBe(0);
  });

  it('brings the existing window forward when a second instance starts', async () => {
    const window = await launched();
    window.minimized = true;
    app.emit('second-instance');
    expect(window.restore).toHaveBeenCalledOnce();
    expect(window.focus).toHaveBeenCalledOnce();
    expect(createdWindows()).toHaveLength(1);
  });
});

describe('windows', () => {
  it('quits when the last window has closed (outside macOS)', async () => {
    vi.spyOn(process, 'platform', 'get').mockReturnValue('linux');
    const window = await launched();
    window.destroy();
    expect(app.quit).toHaveBeenCalledOnce();
  });
});
