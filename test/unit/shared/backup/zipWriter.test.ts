import type * as fflate from 'fflate';
import { deflateSync } from 'fflate';
import JSZip from 'jszip';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { buildZip, type ZipEntry } from '@shared/backup/zipWriter';

// Spied, so each test knows which deflate made the zip.
vi.mock('fflate', async (original) => {
  const actual = await original<typeof fflate>();
  return { ...actual, deflateSync: vi.fn(actual.deflateSync) };
});

const encoder = new TextEncoder();
const json = encoder.encode(JSON.stringify(Array.from({ length: 800 }, (_, i) => ({ id: i, text: `Notitie ${i} over het plein 👩🏽‍⚖️` }))));
const entries: ZipEntry[] = [
  { path: 'manifest.json', bytes: encoder.encode('{"format":"beraad-backup"}'), deflate: true },
  { path: 'tables/cases.json', bytes: json, deflate: true },
  { path: 'tables/empty.json', bytes: new Uint8Array(0), deflate: true },
  { path: 'attachments/file', bytes: new Uint8Array([0, 255, 37, 80, 68, 70]), deflate: false },
];

/** Opens the zip with JSZip checking every entry's CRC-32 against its content, as unzip tools do. */
async function contents(bytes: Uint8Array): Promise<Record<string, Uint8Array>> {
  const zip = await JSZip.loadAsync(bytes, { checkCRC32: true });
  const out: Record<string, Uint8Array> = {};
  for (const name of Object.keys(zip.files)) out[name] = await zip.file(name)!.async('uint8array');
  return out;
}

describe('buildZip', () => {
  afterEach(() => {
    vi.unstubAllGlobals();
    vi.mocked(deflateSync).mockClear();
  });

  it('writes entries another zip reader opens, with CRCs that match, deflated natively', async () => {
    const zip = await buildZip(entries, new Date('2026-11-22T12:00:00Z'));
    expect(zip.byteLength).toBeLessThan(json.byteLength / 5);
    expect(deflateSync).not.toHaveBeenCalled();
    expect(await contents(zip)).toEqual(Object.fromEntries(entries.map((entry) => [entry.path, entry.bytes])));
  });

  it('writes the same content where the platform has no CompressionStream', async () => {
    vi.stubGlobal('CompressionStream', undefined);
    const zip = await buildZip(entries, new Date('2026-11-22T12:00:00Z'));
    expect(deflateSync).toHaveBeenCalled();
    expect(await contents(zip)).toEqual(Object.fromEntries(entries.map((entry) => [entry.path, entry.bytes])));
  });
});
