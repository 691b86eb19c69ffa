import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { invokeChannels } from '@shared/ipc/channels';
import { maxTransferBytes, type BridgeResult } from '@shared/ipc/contract';
import { registerHandlers } from '../../../../electron/main/handlers';
import { handle } from '../../../../electron/main/ipc';
import { invokeMain, resetElectronMock, shell } from '../../electronMock';

beforeEach(() => {
  resetElectronMock();
  vi.stubEnv('ELECTRON_RENDERER_URL', undefined);
});
afterEach(() => vi.unstubAllEnvs());

const fromApp = { senderFrame: { url: 'app://beraad/index.html#/cases' } };
const bytes = new Uint8Array([80, 75, 3, 4]);

function call(channel: string, payload: unknown, event: unknown = fromApp) {
  return invokeMain(channel, event, payload) as Promise<BridgeResult<unknown>>;
}

describe('sender check', () => {
  it.each([
    ['no frame (navigated away or destroyed)', { senderFrame: null }],
    ['a remote page', { senderFrame: { url: 'https://evil.example/' } }],
    ['a look-alike host', { senderFrame: { url: 'app://beraad.evil/index.html' } }],
    ['a local file', { senderFrame: { url: 'file:///home/user/index.html' } }],
    ['an empty frame', { senderFrame: { url: 'about:blank' } }],
    ['the dev server in a build without it', { senderFrame: { url: 'http://localhost:5173/' } }],
  ])('refuses %s before looking at the payload', async (_, event) => {
    const impl = vi.fn(() => ({ opened: true }));
    handle('openExternal', impl);
    await expect(call(invokeChannels.openExternal, { url: 'https://example.org' }, event)).resolves.toEqual({
      ok: false,
      error: { code: 'untrusted_sender' },
    });
    expect(impl).not.toHaveBeenCalled();
  });

  it('accepts the dev server origin during development, and then not app://', async () => {
    vi.stubEnv('ELECTRON_RENDERER_URL', 'http://localhost:5173');
    handle('appInfo', () => ({ version: '1', platform: 'linux' }));
    await expect(call(invokeChannels.appInfo, undefined, { senderFrame: { url: 'http://localhost:5173/' } })).resolves.toMatchObject({ ok: true });
    await expect(call(invokeChannels.appInfo, undefined)).resolves.toMatchObject({ ok: false, error: { code: 'untrusted_sender' } });
  });
});

describe('payload validation', () => {
  const oversized = new Uint8Array(maxTransferBytes + 1);

  it.each([
    ['a missing field', { suggestedName: 'advies.docx' }],
    ['an extra field', { suggestedName: 'advies.docx', bytes, path: '/etc/passwd' }],
    ['bytes of the wrong type', { suggestedName: 'advies.docx', bytes: [80, 75] }],
    ['a name of the wrong type', { suggestedName: 42, bytes }],
    ['a name with a path in it', { suggestedName: '../../.bashrc', bytes }],
    ['an empty name', { suggestedName: '   ', bytes }],
    ['too many bytes', { suggestedName: 'advies.docx', bytes: oversized }],
    ['no object at all', 'advies.docx'],
    ['nothing', undefined],
  ])('refuses %s with a readable reason, and never runs the handler', async (_, payload) => {
    const impl = vi.fn(() => ({ saved: true }));
    handle('saveFile', impl);
    const result = await call(invokeChannels.saveFile, payload);
    expect(result).toMatchObject({ ok: false, error: { code: 'invalid_payload' } });
    expect(result.ok === false && result.error.detail).toMatch(/\S/);
    expect(impl).not.toHaveBeenCalled();
  });

  it('refuses an over-long URL and a payload where none is expected', async () => {
    handle('openExternal', () => ({ opened: true }));
    handle('appInfo', () => ({ version: '1', platform: 'linux' }));
    await expect(call(invokeChannels.openExternal, { url: `https://example.org/${'a'.repeat(2048)}` })).resolves.toMatchObject({
      ok: false,
      error: { code: 'invalid_payload' },
    });
    await expect(call(invokeChannels.appInfo, { anything: true })).resolves.toMatchObject({ ok: false, error: { code: 'invalid_payload' } });
  });

  it('hands the handler only the parsed payload: trimmed, and without the event', async () => {
    const impl = vi.fn((_request: unknown) => ({ saved: true }));
    handle('saveFile', impl);
    await expect(call(invokeChannels.saveFile, { suggestedName: '  advies.docx ', bytes })).resolves.toEqual({ ok: true, value: { saved: true } });
    expect(impl).toHaveBeenCalledExactlyOnceWith({ suggestedName: 'advies.docx', bytes });
  });
});

describe('errors', () => {
  it('come back as values the UI can show', async () => {
    handle('saveFile', async () => {
      throw new Error('ENOSPC: no space left on device');
    });
    handle('openFile', () => {
      throw 'plain string';
    });
    await expect(call(invokeChannels.saveFile, { suggestedName: 'a.docx', bytes })).resolves.toEqual({
      ok: false,
      error: { code: 'failed', detail: 'ENOSPC: no space left on device' },
    });
    await expect(call(invokeChannels.openFile, { name: 'a.pdf', bytes })).resolves.toEqual({ ok: false, error: { code: 'failed', detail: 'plain string' } });
  });
});

describe('openExternal through the bridge', () => {
  it.each(['javascript:alert(document.domain)', 'JavaScript:alert(1)', ' javascript:alert(1)', 'http://example.org', 'file:///etc/passwd', 'https://user:pw@example.org/'])(
    'answers opened:false for %s and opens nothing',
    async (url) => {
      registerHandlers();
      await expect(call(invokeChannels.openExternal, { url })).resolves.toEqual({ ok: true, value: { opened: false } });
      expect(shell.openExternal).not.toHaveBeenCalled();
    },
  );

  it('opens a parsed https URL', async () => {
    registerHandlers();
    await expect(call(invokeChannels.openExternal, { url: 'https://example.org/a b' })).resolves.toEqual({ ok: true, value: { opened: true } });
    expect(shell.openExternal).toHaveBeenCalledExactlyOnceWith('https://example.org/a%20b');
  });
});
