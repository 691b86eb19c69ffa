import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { contentSecurityPolicyHeader } from '@shared/security/contentSecurityPolicy';
import { registerAppScheme, resolveAssetPath, serveRenderer } from '../../../../electron/main/protocol';
import { fetchScheme, protocol, resetElectronMock } from '../../electronMock';

const indexHtml = '<!doctype html><title>Beraad</title><script type="module" src="./assets/app.js"></script>';
let sandbox: string;
let root: string;

beforeAll(async () => {
  sandbox = await mkdtemp(join(tmpdir(), 'beraad-protocol-'));
  root = join(sandbox, 'renderer');
  await mkdir(join(root, 'assets'), { recursive: true });
  await writeFile(join(root, 'index.html'), indexHtml);
  await writeFile(join(root, 'assets', 'app.js'), 'export {};');
  await writeFile(join(root, 'assets', 'font.woff2'), 'font');
  await writeFile(join(root, 'assets', 'data.bin'), 'bin');
  // Things next to the renderer that must stay out of reach, one in a look-alike folder.
  await writeFile(join(sandbox, 'secret.txt'), 'TOP SECRET');
  await mkdir(join(sandbox, 'renderer-evil'));
  await writeFile(join(sandbox, 'renderer-evil', 'secret.txt'), 'TOP SECRET');
});

afterAll(() => rm(sandbox, { recursive: true, force: true }));

beforeEach(() => {
  resetElectronMock();
  serveRenderer(root);
});

describe('app:// scheme', () => {
  it('is registered as a standard, secure, fetch-capable scheme with a code cache', () => {
    registerAppScheme();
    expect(protocol.privilegedSchemes).toEqual([
      { scheme: 'app', privileges: { standard: true, secure: true, supportFetchAPI: true, codeCache: true } },
    ]);
  });

  it('serves index.html for the root with a strict CSP', async () => {
    const response = await fetchScheme('app://beraad/');
    expect(response.status).toBe(200);
    expect(await response.text()).toBe(indexHtml);
    expect(response.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(response.headers.get('content-security-policy')).toBe(contentSecurityPolicyHeader);
  });

  it('serves assets with a type the browser accepts for module scripts, and no sniffing', async () => {
    const script = await fetchScheme('app://beraad/assets/app.js');
    expect(script.status).toBe(200);
    expect(await script.text()).toBe('export {};');
    expect(script.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
    expect(script.headers.get('x-content-type-options')).toBe('nosniff');
    expect((await fetchScheme('app://beraad/assets/font.woff2')).headers.get('content-type')).toBe('font/woff2');
    expect((await fetchScheme('app://beraad/assets/data.bin')).headers.get('content-type')).toBe('application/octet-stream');
  });

  it('answers 404 for files that do not exist, including folders', async () => {
    expect((await fetchScheme('app://beraad/missing.js')).status).toBe(404);
    expect((await fetchScheme('app://beraad/assets/')).status).toBe(404);
  });

  it.each([
    'app://beraad/..%2fsecret.txt',
    'app://beraad/..%2F..%2F..%2F..%2F..%2F..%2Fetc%2Fpasswd',
    'app://beraad/assets/..%2F..%2Fsecret.txt',
    'app://beraad/%2e%2e%2fsecret.txt',
    'app://beraad/..%5csecret.txt',
    'app://beraad/..%2Frenderer-evil%2Fsecret.txt',
    'app://beraad/index.html%00.js',
    'app://beraad/%E0%A4%A',
    'app://other/index.html',
  ])('refuses %s', async (url) => {
    const response = await fetchScheme(url);
    expect(response.status).toBe(403);
    expect(await response.text()).not.toContain('SECRET');
  });

  it.each(['app://beraad/../../etc/passwd', 'app://beraad/%2e%2e/%2E%2E/secret.txt', 'app://beraad/assets/../../secret.txt'])(
    'keeps dot segments the URL parser already removed inside the renderer: %s',
    async (url) => {
      const response = await fetchScheme(url);
      expect(response.status).toBe(404);
      expect(await response.text()).not.toMatch(/SECRET|root:/);
    },
  );

  it('resolves only to files inside the root', () => {
    expect(resolveAssetPath(root, 'app://beraad/')).toBe(join(root, 'index.html'));
    expect(resolveAssetPath(root, 'app://beraad/assets/app.js?v=1#x')).toBe(join(root, 'assets', 'app.js'));
    expect(resolveAssetPath(root, 'app://beraad/..%2Fsecret.txt')).toBeNull();
    expect(resolveAssetPath(root, 'app://beraad/%2Fetc%2Fpasswd')).toBe(join(root, 'etc', 'passwd'));
  });
});
