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
 * Deflate and CRC-32 by the platform's native zlib (CompressionStream, in
 * Chromium and Node), about ten times faster than in JavaScript: a gzip member
 * is deflate data with the CRC the zip needs in its trailer. fflate and a
 * JavaScript CRC where the platform has no CompressionStream.
 */
async function compress(bytes: Uint8Array): Promise<Compressed> {
  if (typeof CompressionStream === 'function') {
    const stream = new Blob([bytes as BlobPart]).stream().pipeThrough(new CompressionStream('gzip'));
    const unwrapped = unwrapGzip(new Uint8Array(await new Response(stream).arrayBuffer()), bytes.byteLength);
    if (unwrapped) return unwrapped;
  }
  return { data: deflateSync(bytes, { level: 1 }), crc: crc32(bytes) };
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

export interface ZipEntry {
  path: string;
  bytes: Uint8Array;
  deflate: boolean;
}

/** A zip of the given entries, in order. Deflated entries are compressed in parallel by the platform. */
export async function buildZip(entries: readonly ZipEntry[], mtime: Date): Promise<Uint8Array<ArrayBuffer>> {
  const compressed = await Promise.all(entries.map((entry) => (entry.deflate ? compress(entry.bytes) : null)));
  const chunks: Uint8Array[] = [];
  let failure: Error | null = null;
  const zip = new Zip((error, chunk) => {
    if (error) failure = error;
    else chunks.push(chunk);
  });
  entries.forEach((entry, index) => {
    const done = compressed[index];
    if (done) {
      const file = new Deflated(entry.path, done.crc, entry.bytes.byteLength, mtime);
      zip.add(file);
      file.ondata!(null, done.data as Uint8Array<ArrayBuffer>, true);
    } else {
      const file = new ZipPassThrough(entry.path);
      file.mtime = mtime;
      zip.add(file);
      file.push(entry.bytes, true);
    }
  });
  zip.end();
  if (failure) throw failure;
  const out = new Uint8Array(chunks.reduce((sum, chunk) => sum + chunk.byteLength, 0));
  let offset = 0;
  for (const chunk of chunks) {
    out.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return out;
}
