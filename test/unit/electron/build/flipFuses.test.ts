import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { flipFuses, FuseV1Options, type FuseV1Config } from '@electron/fuses';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

// electron-builder loads the hook with require(); so does this test.
const hook = createRequire(import.meta.url)('../../../../electron/build/flipFuses.cjs') as {
  afterPack: (context: unknown) => Promise<void>;
  fuses: FuseV1Config;
};

/*
 * A stand-in Electron binary: the fuse wire is a sentinel, a version byte, a
 * length byte and one ASCII '0'/'1' per fuse, wherever it sits in the file.
 * These are Electron's shipped defaults, plus a ninth fuse from a newer
 * Electron that this config does not know.
 */
const sentinel = 'dL7pKGdnNz796PbbjQWNKmHXBZaB9tsX';
const shippedWire = '101100011';

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'beraad-fuses-'));
});
afterEach(() => rm(dir, { recursive: true, force: true }));

async function wireAfterFlipping(): Promise<string> {
  const binary = join(dir, 'beraad');
  await writeFile(binary, Buffer.concat([Buffer.from('\x7fELF...'), Buffer.from(sentinel), Buffer.from([1, shippedWire.length]), Buffer.from(shippedWire), Buffer.from('...')]));
  await flipFuses(binary, hook.fuses);
  const bytes = await readFile(binary);
  const start = bytes.indexOf(sentinel) + sentinel.length + 2;
  return bytes.subarray(start, start + shippedWire.length).toString('latin1');
}

describe('fuses flipped at package time', () => {
  it('turn off running as Node, NODE_OPTIONS, inspect flags, the separate V8 snapshot and file:// privileges; turn on asar integrity, asar-only loading and cookie encryption', () => {
    const { version, ...wire } = hook.fuses;
    expect(version).toBe('1');
    expect(wire).toEqual({
      [FuseV1Options.RunAsNode]: false,
      [FuseV1Options.EnableCookieEncryption]: true,
      [FuseV1Options.EnableNodeOptionsEnvironmentVariable]: false,
      [FuseV1Options.EnableNodeCliInspectArguments]: false,
      [FuseV1Options.EnableEmbeddedAsarIntegrityValidation]: true,
      [FuseV1Options.OnlyLoadAppFromAsar]: true,
      [FuseV1Options.LoadBrowserProcessSpecificV8Snapshot]: false,
      [FuseV1Options.GrantFileProtocolExtraPrivileges]: false,
    });
  });

  it('rewrite the wire in a binary as intended and leave fuses they do not know alone', async () => {
    expect(await wireAfterFlipping()).toBe('010011001');
  });

  it('are applied by the packager, which knows each platform’s binary and signs afterwards', async () => {
    const addElectronFuses = vi.fn(async () => undefined);
    const context = { appOutDir: dir, electronPlatformName: 'linux', packager: { addElectronFuses } };
    await hook.afterPack(context);
    expect(addElectronFuses).toHaveBeenCalledExactlyOnceWith(context, hook.fuses);
  });
});
