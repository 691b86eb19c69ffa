import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { appOrigin, devServerUrl, isTrustedUrl, originOf, rendererEntryUrl } from '../../../../electron/main/origin';
import { app, resetElectronMock } from '../../electronMock';

beforeEach(() => {
  resetElectronMock();
  vi.stubEnv('ELECTRON_RENDERER_URL', undefined);
});
afterEach(() => vi.unstubAllEnvs());

describe('renderer origin', () => {
  it('is app://beraad, forever: IndexedDB data belongs to it', () => {
    expect(appOrigin).toBe('app://beraad');
    expect(rendererEntryUrl()).toBe('app://beraad/index.html');
  });

  it('serialises the custom scheme’s origin, which Node reports as "null"', () => {
    expect(originOf('app://beraad/index.html#/cases')).toBe('app://beraad');
    expect(originOf('app://x@beraad/')).toBe('app://beraad');
    expect(originOf('https://example.org:8443/a')).toBe('https://example.org:8443');
    expect(originOf('file:///etc/passwd')).toBeNull();
    expect(originOf('not a url')).toBeNull();
  });

  it.each([
    ['app://beraad/index.html', true],
    ['app://beraad', true],
    ['app://beraad.evil/index.html', false],
    ['app://evil/index.html', false],
    ['app://beraad:8080/', false],
    // Chromium lower-cases standard-scheme hosts before we see them; anything else is not ours.
    ['app://BERAAD/', false],
    ['https://beraad/', false],
    ['file:///index.html', false],
    ['about:blank', false],
    ['', false],
  ])('trusts %s: %s', (url, trusted) => {
    expect(isTrustedUrl(url)).toBe(trusted);
  });
});

describe('dev server', () => {
  it('replaces the app origin when electron-vite runs an unpackaged app', () => {
    vi.stubEnv('ELECTRON_RENDERER_URL', 'http://localhost:5173');
    expect(rendererEntryUrl()).toBe('http://localhost:5173/');
    expect(isTrustedUrl('http://localhost:5173/src/main.tsx')).toBe(true);
    expect(isTrustedUrl('app://beraad/index.html')).toBe(false);
    expect(isTrustedUrl('http://localhost:5174/')).toBe(false);
  });

  it('is ignored by a packaged app, so the environment cannot point it at other content', () => {
    app.isPackaged = true;
    vi.stubEnv('ELECTRON_RENDERER_URL', 'http://localhost:5173');
    expect(devServerUrl()).toBeNull();
    expect(rendererEntryUrl()).toBe('app://beraad/index.html');
    expect(isTrustedUrl('http://localhost:5173/')).toBe(false);
  });

  it.each(['https://evil.example', 'http://192.168.1.10:5173', 'file:///tmp/index.html', 'garbage'])('is refused when not http on loopback: %s', (url) => {
    vi.stubEnv('ELECTRON_RENDERER_URL', url);
    expect(devServerUrl()).toBeNull();
    expect(rendererEntryUrl()).toBe('app://beraad/index.html');
  });
});
