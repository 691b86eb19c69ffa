import { BrowserWindow, type WebPreferences } from 'electron';
import { rendererEntryUrl } from './origin';
import { preloadPath } from './paths';
import { spellCheckerEnabled } from './spellChecker';

/** Electron's security checklist, spelled out even where it matches the default so a regression shows in review. */
export function mainWindowWebPreferences(preload: string, platform: NodeJS.Platform = process.platform): WebPreferences {
  return {
    preload,
    contextIsolation: true,
    sandbox: true,
    nodeIntegration: false,
    nodeIntegrationInWorker: false,
    nodeIntegrationInSubFrames: false,
    webviewTag: false,
    webSecurity: true,
    allowRunningInsecureContent: false,
    spellcheck: spellCheckerEnabled(platform),
  };
}

export function createMainWindow(): BrowserWindow {
  const window = new BrowserWindow({
    width: 1280,
    height: 840,
    minWidth: 800,
    minHeight: 600,
    title: 'Beraad',
    // Shown once painted, so the user never sees an empty white frame.
    show: false,
    webPreferences: mainWindowWebPreferences(preloadPath),
  });
  window.once('ready-to-show', () => window.show());
  // A failed load leaves an empty window the user can close; it must not crash main.
  window.loadURL(rendererEntryUrl()).catch((error: unknown) => console.error('Loading the renderer failed', error));
  return window;
}
