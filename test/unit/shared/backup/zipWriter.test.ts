import type * as fflate from 'fflate';
import { deflateSync, gzipSync } from 'fflate';
import JSZip from 'jszip';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { buildZip, deflatedEntry, storedEntry } from '@shared/backup/zipWriter';

// Spied, so each test knows which deflate made the zip.
vi.mock('fflate', async (original) => {
  const actual = await original<typeof fflate>();
  return { ...actual, deflateSync: vi.fn(actual.deflateSync) };
});

const encoder = new TextEncoder();
const json = encoder.encode(JSON.stringify(Array.from({ length: 800 }, (_, i) => ({ id: i, text: `Notitie ${i} over het plein 👩🏽‍⚖️` }))));
const files: Record<string, Uint8Array> = {
  'manifest.json': encoder.encode('{"format":"beraad-backup"}'),
  'tables/cases.json': json,
  'tables/empty.json': new Uint8Array(0),
};
const attachment = new Uint8Array([0, 255, 37, 80, 68, 70]);

async function zipOfAll(): Promise<Uint8Array> {
  const deflated = await Promise.all(Object.entries(files).map(([path, bytes]) => deflatedEntry(path, bytes)));
  return buildZip([...deflated, storedEntry('attachments/file', attachment)], new Date('2026-11-22T12:00:00Z'));
}

const expected = { ...files, 'attachments/file': attachment };

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
    const zip = await zipOfAll();
    expect(zip.byteLength).toBeLessThan(json.byteLength / 5);
    expect(deflateSync).not.toHaveBeenCalled();
    expect(await contents(zip)).toEqual(expected);
  });

  it('writes the same content where the platform’s gzip names the file in its header, which is not unwrapped', async () => {
    // A gzip member with the optional file name (FNAME), which Chromium and Node do not write but another platform may.
    class NamingGzip {
      readonly readable: ReadableStream<Uint8Array>;
      readonly writable: WritableStream<Uint8Array>;
      constructor() {
        const parts: Uint8Array[] = [];
        const stream = new TransformStream<Uint8Array, Uint8Array>({
          transform: (part) => void parts.push(part.slice()),
          flush: (controller) => controller.enqueue(gzipSync(new Uint8Array(Buffer.concat(parts)), { filename: 'tabel.json' })),
        });
        this.readable = stream.readable;
        this.writable = stream.writable;
      }
    }
    vi.stubGlobal('CompressionStream', NamingGzip);
    const zip = await zipOfAll();
    expect(deflateSync).toHaveBeenCalled();
    expect(await contents(zip)).toEqual(expected);
  });

  it('writes the same content where the platform has no CompressionStream', async () => {
    vi.stubGlobal('CompressionStream', undefined);
    const zip = await zipOfAll();
    expect(deflateSync).toHaveBeenCalled();
    expect(await contents(zip)).toEqual(expected);
  });
});
