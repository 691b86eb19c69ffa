import { isAbsolute } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { preloadPath } from '../../../../electron/main/paths';
import { createMainWindow, mainWindowWebPreferences } from '../../../../electron/main/window';
import { app, createdWindows, resetElectronMock } from '../../electronMock';

beforeEach(() => {
  resetElectronMock();
  vi.stubEnv('ELECTRON_RENDERER_URL', undefined);
});
afterEach(() => vi.unstubAllEnvs());

function onlyWindow() {
  const windows = createdWindows();
  expect(windows).toHaveLength(1);
  return windows[0]!;
}

describe('main window', () => {
  it('isolates the page from Node and Electron: exactly these preferences, nothing looser', () => {
    expect(mainWindowWebPreferences('/app/out/preload/index.cjs', 'win32')).toEqual({
      preload: '/app/out/preload/index.cjs',
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webviewTag: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      spellcheck: true,
    });
  });

  it('is created with those preferences and the built preload script', () => {
    createMainWindow();
    const { webPreferences } = onlyWindow().options;
    expect(webPreferences).toEqual(mainWindowWebPreferences(preloadPath));
    expect(isAbsolute(preloadPath)).toBe(true);
    expect(preloadPath.endsWith('index.cjs')).toBe(true);
  });

  it('checks spelling where the system does, and not on Linux, where Chromium would download a dictionary', () => {
    expect(mainWindowWebPreferences('/preload.cjs', 'win32').spellcheck).toBe(true);
    expect(mainWindowWebPreferences('/preload.cjs', 'darwin').spellcheck).toBe(true);
    expect(mainWindowWebPreferences('/preload.cjs', 'linux').spellcheck).toBe(false);
  });

  it('loads the app origin and stays hidden until the first paint', () => {
    createMainWindow();
    const window = onlyWindow();
    expect(window.loadURL).toHaveBeenCalledExactlyOnceWith('app://beraad/index.html');
    expect(window.options.show).toBe(false);
    expect(window.show).not.toHaveBeenCalled();
    window.emit('ready-to-show');
    expect(window.show).toHaveBeenCalledOnce();
  });

  it('loads the dev server in development only', () => {
    vi.stubEnv('ELECTRON_RENDERER_URL', 'http://localhost:5173');
    createMainWindow();
    app.isPackaged = true;
    createMainWindow();
    const [dev, packaged] = createdWindows();
    expect(dev!.loadURL).toHaveBeenCalledWith('http://localhost:5173/');
    expect(packaged!.loadURL).toHaveBeenCalledWith('app://beraad/index.html');
  });
});
