/*
 * The one stand-in for the `electron` module in unit tests (the binary cannot
 * run here). test/unit/setup.ts routes every `import 'electron'` to this file;
 * tests import it directly for the helpers and the recorded calls.
 *
 * It imitates the behaviour our code relies on, not just the shape: events can
 * be prevented, closing a window emits 'close' then 'closed', app.quit() runs
 * before-quit → close every window → will-quit and stops where Electron would,
 * and registering a second ipcMain/protocol handler throws as Electron does.
 * Call resetElectronMock() in beforeEach. A test that uses vi.resetModules
 * must `import 'electron'` first: otherwise the mock is created anew after the
 * reset and is no longer the instance the test holds.
 */
import { EventEmitter } from 'node:events';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { BrowserWindowConstructorOptions, CustomScheme, MenuItemConstructorOptions } from 'electron';
import { vi, type Mock } from 'vitest';

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- mirrors vitest's own Procedure type
type Procedure = (...args: any[]) => any;

/* Mocks on the long-lived singletons, so one reset restores their default behaviour. */
const singletonMocks: Mock[] = [];
function fn<T extends Procedure>(implementation: T): Mock<T> {
  const mock = vi.fn(implementation);
  singletonMocks.push(mock);
  return mock;
}

export type PreventableEvent<T extends object = object> = T & { defaultPrevented: boolean; preventDefault(): void };

export function preventableEvent<T extends object>(fields: T = {} as T): PreventableEvent<T> {
  return {
    ...fields,
    defaultPrevented: false,
    preventDefault() {
      this.defaultPrevented = true;
    },
  };
}

type PermissionRequestHandler = (contents: unknown, permission: string, callback: (granted: boolean) => void, details: { requestingUrl: string }) => void;
type PermissionCheckHandler = (contents: unknown, permission: string, requestingOrigin: string, details: object) => boolean;

class MockSession {
  permissionRequestHandler: PermissionRequestHandler | null = null;
  permissionCheckHandler: PermissionCheckHandler | null = null;
  readonly setPermissionRequestHandler = fn((handler: PermissionRequestHandler | null) => {
    this.permissionRequestHandler = handler;
  });
  readonly setPermissionCheckHandler = fn((handler: PermissionCheckHandler | null) => {
    this.permissionCheckHandler = handler;
  });
  /** Chromium's Hunspell list, in part; on macOS Electron reports the system's. */
  availableSpellCheckerLanguages: string[] = [...hunspellLanguages];
  spellCheckerEnabled = true;
  spellCheckerLanguages: string[] = [];
  dictionaryDownloadUrl: string | null = null;
  readonly setSpellCheckerLanguages = fn((languages: string[]) => {
    const unknown = languages.find((language) => !this.availableSpellCheckerLanguages.includes(language));
    if (unknown !== undefined) throw new Error(`Invalid language code provided: "${unknown}" is not a valid language code`);
    this.spellCheckerLanguages = [...languages];
  });
  readonly setSpellCheckerEnabled = fn((enabled: boolean) => {
    this.spellCheckerEnabled = enabled;
  });
  readonly setSpellCheckerDictionaryDownloadURL = fn((url: string) => {
    if (!URL.canParse(url)) throw new Error('The URL you provided to setSpellCheckerDictionaryDownloadURL is not a valid URL');
    this.dictionaryDownloadUrl = url;
  });
}

const hunspellLanguages = ['de-DE', 'en-AU', 'en-CA', 'en-GB', 'en-US', 'fr-FR', 'nl'];

export const session = { defaultSession: new MockSession() };

type WindowOpenHandler = (details: { url: string }) => { action: 'allow' | 'deny' };

let nextContentsId = 1;

export class MockWebContents extends EventEmitter {
  readonly id = nextContentsId++;
  readonly session = session.defaultSession;
  destroyed = false;
  windowOpenHandler: WindowOpenHandler | null = null;
  readonly setWindowOpenHandler = vi.fn((handler: WindowOpenHandler) => {
    this.windowOpenHandler = handler;
  });
  readonly send = vi.fn((_channel: string, ..._args: unknown[]) => {
    if (this.destroyed) throw new TypeError('Object has been destroyed');
  });
  readonly isDestroyed = vi.fn(() => this.destroyed);
}

const windows: BrowserWindow[] = [];

export class BrowserWindow extends EventEmitter {
  static readonly getAllWindows = () => windows.filter((window) => !window.destroyed);
  static readonly getFocusedWindow = fn((): BrowserWindow | null => null);

  readonly webContents = new MockWebContents();
  destroyed = false;
  minimized = false;
  visible = false;
  readonly loadURL = vi.fn(async (_url: string) => undefined);
  readonly show = vi.fn(() => {
    this.visible = true;
  });
  readonly focus = vi.fn(() => undefined);
  readonly restore = vi.fn(() => {
    this.minimized = false;
  });
  readonly isMinimized = vi.fn(() => this.minimized);
  readonly isDestroyed = vi.fn(() => this.destroyed);
  readonly close = vi.fn(() => {
    if (this.destroyed) throw new TypeError('Object has been destroyed');
    const event = preventableEvent();
    this.emit('close', event);
    if (!event.defaultPrevented) this.destroy();
  });
  readonly destroy = vi.fn(() => {
    if (this.destroyed) return;
    this.destroyed = true;
    this.webContents.destroyed = true;
    this.emit('closed');
    if (BrowserWindow.getAllWindows().length === 0 && !app.quitting) app.emit('window-all-closed');
  });

  constructor(readonly options: BrowserWindowConstructorOptions = {}) {
    super();
    windows.push(this);
    app.emit('web-contents-created', preventableEvent(), this.webContents);
  }
}

/** Every window constructed since the last reset, closed ones included. */
export function createdWindows(): readonly BrowserWindow[] {
  return windows;
}

class MockApp extends EventEmitter {
  isPackaged = false;
  quitting = false;
  /** True once a quit got past before-quit, every window's close and will-quit. */
  hasQuit = false;
  readonly requestSingleInstanceLock = fn(() => true);
  readonly whenReady = fn(async () => undefined);
  readonly enableSandbox = fn(() => undefined);
  readonly getPath = fn((name: string) => join(tmpdir(), 'electron-mock', name));
  readonly getVersion = fn(() => '1.2.3-test');
  readonly getPreferredSystemLanguages = fn((): string[] => ['nl-NL']);
  readonly exit = fn((_code?: number) => undefined);
  readonly quit = fn(() => {
    const beforeQuit = preventableEvent();
    this.emit('before-quit', beforeQuit);
    if (beforeQuit.defaultPrevented) return;
    this.quitting = true;
    for (const window of BrowserWindow.getAllWindows()) {
      window.close();
      if (!window.destroyed) {
        this.quitting = false;
        return;
      }
    }
    const willQuit = preventableEvent();
    this.emit('will-quit', willQuit);
    if (willQuit.defaultPrevented) {
      this.quitting = false;
      return;
    }
    this.hasQuit = true;
    this.emit('quit');
  });
}

export const app = new MockApp();

type InvokeListener = (event: unknown, ...args: unknown[]) => unknown;

class MockIpcMain extends EventEmitter {
  readonly handlers = new Map<string, InvokeListener>();
  readonly handle = fn((channel: string, listener: InvokeListener) => {
    if (this.handlers.has(channel)) throw new Error(`Attempted to register a second handler for '${channel}'`);
    this.handlers.set(channel, listener);
  });
  readonly removeHandler = fn((channel: string) => {
    this.handlers.delete(channel);
  });
}

export const ipcMain = new MockIpcMain();

/** What the renderer's `ipcRenderer.invoke(channel, ...args)` would get back from main. */
export async function invokeMain(channel: string, event: unknown, ...args: unknown[]): Promise<unknown> {
  const listener = ipcMain.handlers.get(channel);
  if (listener === undefined) throw new Error(`No handler registered for '${channel}'`);
  return listener(event, ...args);
}

type SchemeHandler = (request: Request) => Response | Promise<Response>;

class MockProtocol {
  readonly privilegedSchemes: CustomScheme[] = [];
  readonly handlers = new Map<string, SchemeHandler>();
  readonly registerSchemesAsPrivileged = fn((schemes: CustomScheme[]) => {
    this.privilegedSchemes.push(...schemes);
  });
  readonly handle = fn((scheme: string, handler: SchemeHandler) => {
    if (this.handlers.has(scheme)) throw new Error(`The scheme '${scheme}' is already handled`);
    this.handlers.set(scheme, handler);
  });
}

export const protocol = new MockProtocol();

/** A request the page would make to a scheme registered with protocol.handle. */
export async function fetchScheme(url: string): Promise<Response> {
  const scheme = url.slice(0, url.indexOf(':'));
  const handler = protocol.handlers.get(scheme);
  if (handler === undefined) throw new Error(`No handler for scheme '${scheme}'`);
  return handler(new Request(url));
}

export const shell = {
  openExternal: fn(async (_url: string) => undefined),
  openPath: fn(async (_path: string) => ''),
};

/** Imitates the OS key store: what it encrypts is unreadable without it, and a foreign blob fails to decrypt. */
const safeStorageMark = 'mock-os-key:';
export const safeStorage = {
  isEncryptionAvailable: fn(() => true),
  encryptString: fn((plain: string) => Buffer.from(safeStorageMark + Buffer.from(plain, 'utf8').toString('base64').split('').reverse().join(''), 'latin1')),
  decryptString: fn((encrypted: Buffer) => {
    const text = encrypted.toString('latin1');
    if (!text.startsWith(safeStorageMark)) throw new Error('Error while decrypting the ciphertext provided to safeStorage.decryptString.');
    return Buffer.from(text.slice(safeStorageMark.length).split('').reverse().join(''), 'base64').toString('utf8');
  }),
};

export const dialog = {
  showSaveDialog: fn(async (..._args: unknown[]) => ({ canceled: true, filePath: '' })),
};

export const Menu = {
  buildFromTemplate: fn((template: MenuItemConstructorOptions[]) => ({ template })),
  setApplicationMenu: fn((_menu: { template: MenuItemConstructorOptions[] } | null) => undefined),
};

class MockContextBridge {
  readonly exposed = new Map<string, unknown>();
  readonly exposeInMainWorld = fn((key: string, api: unknown) => {
    if (this.exposed.has(key)) throw new Error(`Cannot bind an API on top of an existing property on the window object`);
    this.exposed.set(key, api);
  });
}

export const contextBridge = new MockContextBridge();

class MockIpcRenderer extends EventEmitter {
  readonly invoke = fn(async (_channel: string, ..._args: unknown[]): Promise<unknown> => undefined);
  readonly send = fn((_channel: string, ..._args: unknown[]) => undefined);
}

export const ipcRenderer = new MockIpcRenderer();

export function resetElectronMock(): void {
  for (const mock of singletonMocks) mock.mockReset();
  for (const emitter of [app, ipcMain, ipcRenderer]) emitter.removeAllListeners();
  windows.length = 0;
  app.isPackaged = false;
  app.quitting = false;
  app.hasQuit = false;
  session.defaultSession.permissionRequestHandler = null;
  session.defaultSession.permissionCheckHandler = null;
  session.defaultSession.availableSpellCheckerLanguages = [...hunspellLanguages];
  session.defaultSession.spellCheckerEnabled = true;
  session.defaultSession.spellCheckerLanguages = [];
  session.defaultSession.dictionaryDownloadUrl = null;
  ipcMain.handlers.clear();
  protocol.handlers.clear();
  protocol.privilegedSchemes.length = 0;
  contextBridge.exposed.clear();
}
