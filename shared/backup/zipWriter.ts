import { deflateSync, Zip, ZipPassThrough, type AsyncFlateStreamHandler, type ZipInputFile } from 'fflate';

const crcTable = (() => {
  const table = new Int32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    table[n] = c;
  }
  return table;
})();

function crc32(bytes: Uint8Array): number {
  let crc = -1;
  for (let i = 0; i < bytes.length; i++) crc = crcTable[(crc ^ bytes[i]!) & 0xff]! ^ (crc >>> 8);
  return (crc ^ -1) >>> 0;
}

interface Compressed {
  data: Uint8Array;
  crc: number;
}

const gzipHeaderBytes = 10;
const gzipTrailerBytes = 8;

/**
 * Takes the raw deflate data and the CRC-32 out of a gzip member (RFC 1952):
 * a 10-byte header, the deflate data, then CRC-32 and size, little-endian.
 * Null when the header carries optional fields, which this does not parse.
 */
function unwrapGzip(gzip: Uint8Array, size: number): Compressed | null {
  if (gzip.byteLength < gzipHeaderBytes + gzipTrailerBytes || gzip[0] !== 0x1f || gzip[1] !== 0x8b || gzip[2] !== 8 || gzip[3] !== 0) return null;
  const trailer = new DataView(gzip.buffer, gzip.byteOffset + gzip.byteLength - gzipTrailerBytes, gzipTrailerBytes);
  if (trailer.getUint32(4, true) !== size % 2 ** 32) return null;
  return { data: gzip.subarray(gzipHeaderBytes, gzip.byteLength - gzipTrailerBytes), crc: trailer.getUint32(0, true) };
}

/**
 * Native gzip of bytes fed in parts: each part is written straight into the
 * stream (a Blob around them would copy them first), so the platform deflates
 * one part while the caller prepares the next.
 */
function startNativeGzip(): { push(bytes: Uint8Array): void; end(): Promise<Uint8Array> } {
  const stream = new CompressionStream('gzip');
  const writer = stream.writable.getWriter();
  const output = new Response(stream.readable).arrayBuffer();
  // A failed write fails the read of the output as well, which is where it is reported.
  const written = (promise: Promise<void>) => void promise.catch(() => undefined);
  return {
    push: (bytes) => written(writer.write(bytes as Uint8Array<ArrayBuffer>)),
    end: async () => {
      written(writer.close());
      return new Uint8Array(await output);
    },
  };
}

/** A zip entry whose data was deflated elsewhere; fflate's Zip writes its headers. */
class Deflated implements ZipInputFile {
  readonly compression = 8;
  ondata?: AsyncFlateStreamHandler;
  constructor(
    readonly filename: string,
    readonly crc: number,
    readonly size: number,
    readonly mtime: Date,
  ) {}
}

/** An entry as it goes into the zip: stored as it is, or already deflated with the CRC and size of its content. */
export type ZipEntry = { path: string; stored: Uint8Array } | { path: string; deflated: Uint8Array; crc: number; size: number };

export const storedEntry = (path: string, bytes: Uint8Array): ZipEntry => ({ path, stored: bytes });

/** An entry being deflated part by part; `end` gives the entry once every part is in. */
export interface DeflatingEntry {
  push(bytes: Uint8Array): void;
  end(): Promise<ZipEntry>;
}

/**
 * Deflates an entry fed in parts with the platform's native zlib
 * (CompressionStream, in Chromium and Node), about ten times faster than in
 * JavaScript, and takes the CRC-32 the zip needs from the gzip trailer. fflate
 * and a JavaScript CRC, over all parts at the end, where the platform has no
 * CompressionStream or its gzip has a header this does not read. The parts
 * are kept for that until the end, as references: every caller holds them
 * until then anyway (for the SHA-256, or as one buffer).
 */
export function startDeflatedEntry(path: string): DeflatingEntry {
  const native = typeof CompressionStream === 'function' ? startNativeGzip() : null;
  const parts: Uint8Array[] = [];
  let size = 0;
  return {
    push(bytes) {
      size += bytes.byteLength;
      parts.push(bytes);
      native?.push(bytes);
    },
    async end() {
      const unwrapped = native ? unwrapGzip(await native.end(), size) : null;
      const whole = unwrapped ? null : concatBytes(parts);
      const { data, crc } = unwrapped ?? { data: deflateSync(whole!, { level: 1 }), crc: crc32(whole!) };
      return { path, deflated: data, crc, size };
    },
  };
}

export async function deflatedEntry(path: string, bytes: Uint8Array): Promise<ZipEntry> {
  const entry = startDeflatedEntry(path);
  entry.push(bytes);
  return entry.end();
}

/** The parts one after another in one buffer. */
export function concatBytes(parts: readonly Uint8Array[]): Uint8Array<ArrayBuffer> {
  const out = new Uint8Array(parts.reduce((sum, part) => sum + part.byteLength, 0));
  let offset = 0;
  for (const part of parts) {
    out.set(part, offset);
    offset += part.byteLength;
  }
  return out;
}

/** A zip of the given entries, in order. */
export function buildZip(entries: readonly ZipEntry[], mtime: Date): Uint8Array<ArrayBuffer> {
  const chunks: Uint8Array[] = [];
  let failure: Error | null = null;
  const zip = new Zip((error, chunk) => {
    if (error) failure = error;
    else chunks.push(chunk);
  });
  for (const entry of entries) {
    if ('stored' in entry) {
      const file = new ZipPassThrough(entry.path);
      file.mtime = mtime;
      zip.add(file);
      file.push(entry.stored, true);
    } else {
      const file = new Deflated(entry.path, entry.crc, entry.size, mtime);
      zip.add(file);
      file.ondata!(null, entry.deflated as Uint8Array<ArrayBuffer>, true);
    }
  }
  zip.end();
  if (failure) throw failure;
  return concatBytes(chunks);
}
