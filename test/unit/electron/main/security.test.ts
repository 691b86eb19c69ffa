import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Session, WebContents } from 'electron';
import { hardenAllWebContents, hardenWebContents, installPermissionPolicy } from '../../../../electron/main/security';
import { BrowserWindow, MockWebContents, preventableEvent, resetElectronMock, session, shell } from '../../electronMock';

beforeEach(() => {
  resetElectronMock();
  vi.stubEnv('ELECTRON_RENDERER_URL', undefined);
});
afterEach(() => vi.unstubAllEnvs());

function hardened(): MockWebContents {
  const contents = new MockWebContents();
  hardenWebContents(contents as unknown as WebContents);
  return contents;
}

function openWindow(contents: MockWebContents, url: string) {
  if (contents.windowOpenHandler === null) throw new Error('no window open handler');
  return contents.windowOpenHandler({ url });
}

function navigate(contents: MockWebContents, event: 'will-navigate' | 'will-redirect', url: string): boolean {
  const details = preventableEvent({ url });
  contents.emit(event, details, url);
  return details.defaultPrevented;
}

describe('window.open', () => {
  it('never opens a window, and hands https links to the system browser', async () => {
    const contents = hardened();
    expect(openWindow(contents, 'https://example.org/docs?q=1')).toEqual({ action: 'deny' });
    expect(shell.openExternal).toHaveBeenCalledExactlyOnceWith('https://example.org/docs?q=1');
  });

  it.each(['http://example.org', 'javascript:alert(1)', 'file:///etc/passwd', 'app://beraad/index.html', 'https://user:pw@example.org', 'data:text/html,<script>1</script>'])(
    'denies %s without opening anything',
    (url) => {
      const contents = hardened();
      expect(openWindow(contents, url)).toEqual({ action: 'deny' });
      expect(shell.openExternal).not.toHaveBeenCalled();
    },
  );
});

describe('navigation', () => {
  it.each(['will-navigate', 'will-redirect'] as const)('%s stays within the app origin', (event) => {
    const contents = hardened();
    expect(navigate(contents, event, 'app://beraad/index.html#/cases')).toBe(false);
    expect(navigate(contents, event, 'https://evil.example/')).toBe(true);
    expect(navigate(contents, event, 'app://beraad.evil.example/')).toBe(true);
    expect(navigate(contents, event, 'file:///etc/passwd')).toBe(true);
    expect(navigate(contents, event, 'http://localhost:5173/')).toBe(true);
    expect(shell.openExternal).not.toHaveBeenCalled();
  });

  it('follows the dev server instead of app:// during development', () => {
    vi.stubEnv('ELECTRON_RENDERER_URL', 'http://localhost:5173');
    const contents = hardened();
    expect(navigate(contents, 'will-navigate', 'http://localhost:5173/')).toBe(false);
    expect(navigate(contents, 'will-navigate', 'app://beraad/index.html')).toBe(true);
  });

  it('refuses to attach a <webview>', () => {
    const contents = hardened();
    const event = preventableEvent();
    contents.emit('will-attach-webview', event, {}, { src: 'https://evil.example' });
    expect(event.defaultPrevented).toBe(true);
  });

  it('hardens every webContents created after start-up, not only the main window', () => {
    hardenAllWebContents();
    const window = new BrowserWindow();
    expect(openWindow(window.webContents, 'http://example.org')).toEqual({ action: 'deny' });
    expect(navigate(window.webContents, 'will-navigate', 'https://evil.example/')).toBe(true);
  });
});

describe('permissions', () => {
  function policy() {
    installPermissionPolicy(session.defaultSession as unknown as Session);
    const { permissionRequestHandler, permissionCheckHandler } = session.defaultSession;
    if (permissionRequestHandler === null || permissionCheckHandler === null) throw new Error('handlers not installed');
    const request = (permission: string, requestingUrl: string) => {
      const callback = vi.fn();
      permissionRequestHandler(null, permission, callback, { requestingUrl });
      expect(callback).toHaveBeenCalledOnce();
      return callback.mock.calls[0]?.[0] as boolean;
    };
    const check = (permission: string, origin: string) => permissionCheckHandler(null, permission, origin, {});
    return { request, check };
  }

  it.each(['media', 'geolocation', 'notifications', 'clipboard-read', 'openExternal', 'fullscreen', 'midiSysex', 'hid', 'usb', 'serial', 'unknown'])(
    'denies %s, even to the app itself',
    (permission) => {
      const { request, check } = policy();
      expect(request(permission, 'app://beraad/index.html')).toBe(false);
      expect(check(permission, 'app://beraad')).toBe(false);
    },
  );

  it('grants persistent storage to the app origin only', () => {
    const { request, check } = policy();
    expect(request('persistent-storage', 'app://beraad/index.html')).toBe(true);
    expect(check('persistent-storage', 'app://beraad')).toBe(true);
    expect(request('persistent-storage', 'https://evil.example/')).toBe(false);
    expect(check('persistent-storage', 'https://evil.example')).toBe(false);
    expect(check('persistent-storage', '')).toBe(false);
  });
});
