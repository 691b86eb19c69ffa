import { unzipSync } from 'fflate';

/** An entry as a zip's central directory declares it, before anything is inflated. */
export interface ZipEntryInfo {
  name: string;
  originalSize: number;
}

interface Located extends ZipEntryInfo {
  method: number;
  compressedSize: number;
  localOffset: number;
}

const endSignature = 0x06054b50;
const centralSignature = 0x02014b50;
const localSignature = 0x04034b50;
const endBytes = 22;
/** A zip64 file marks its sizes, offsets or counts with all bits set; the 2 GB limit keeps backups far below. */
const zip64Marks = new Set([0xffff, 0xffffffff]);

const latin1 = (bytes: Uint8Array) => String.fromCharCode(...bytes);
const utf8 = new TextDecoder();

/**
 * The entries of a zip as its central directory lists them; null for what this
 * reader leaves to fflate (a zip64 file), and for what is no zip at all, which
 * fflate then refuses as it always did.
 */
function locateEntries(bytes: Uint8Array): Located[] | null {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let end = bytes.byteLength - endBytes;
  // The end record sits last, after a comment of at most 65,535 bytes.
  const earliest = Math.max(0, end - 0xffff);
  while (end >= earliest && view.getUint32(end, true) !== endSignature) end--;
  if (end < earliest) return null;
  const count = view.getUint16(end + 10, true);
  const directoryOffset = view.getUint32(end + 16, true);
  if (zip64Marks.has(count) || zip64Marks.has(directoryOffset)) return null;
  const entries: Located[] = [];
  let at = directoryOffset;
  for (let index = 0; index < count; index++) {
    if (at + 46 > end || view.getUint32(at, true) !== centralSignature) return null;
    const flags = view.getUint16(at + 8, true);
    const nameLength = view.getUint16(at + 28, true);
    const next = at + 46 + nameLength + view.getUint16(at + 30, true) + view.getUint16(at + 32, true);
    if (next > end) return null;
    const name = bytes.subarray(at + 46, at + 46 + nameLength);
    const entry = {
      // Bit 11: the name is UTF-8; otherwise fflate reads it byte for byte, and so does this.
      name: flags & 0x800 ? utf8.decode(name) : latin1(name),
      method: view.getUint16(at + 10, true),
      compressedSize: view.getUint32(at + 20, true),
      originalSize: view.getUint32(at + 24, true),
      localOffset: view.getUint32(at + 42, true),
    };
    if (zip64Marks.has(entry.compressedSize) || zip64Marks.has(entry.originalSize) || zip64Marks.has(entry.localOffset)) return null;
    entries.push(entry);
    at = next;
  }
  return entries;
}

/** Thrown for an entry whose data is not what its headers say; the caller refuses the file as no valid zip. */
export class CorruptZipError extends Error {}

/** Where an entry's data starts: after its local header, whose name and extra field may differ in length from the central directory's. */
function dataOf(bytes: Uint8Array, entry: Located): Uint8Array {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const header = entry.localOffset;
  if (header + 30 > bytes.byteLength || view.getUint32(header, true) !== localSignature) throw new CorruptZipError();
  const start = header + 30 + view.getUint16(header + 26, true) + view.getUint16(header + 28, true);
  if (start + entry.compressedSize > bytes.byteLength) throw new CorruptZipError();
  return bytes.subarray(start, start + entry.compressedSize);
}

/**
 * Inflates with the platform's native zlib (DecompressionStream), several
 * times faster than fflate in JavaScript, into a buffer of the declared size
 * and never past it: data that inflates to more than its header declares is
 * refused, as is data that does not inflate.
 */
async function inflateNative(data: Uint8Array, size: number): Promise<Uint8Array> {
  const stream = new DecompressionStream('deflate-raw');
  const writer = stream.writable.getWriter();
  // A broken stream fails the reader below as well, which is where it is reported.
  writer
    .write(data as Uint8Array<ArrayBuffer>)
    .then(() => writer.close())
    .catch(() => undefined);
  const reader = stream.readable.getReader();
  const out = new Uint8Array(size);
  let written = 0;
  try {
    for (let chunk = await reader.read(); !chunk.done; chunk = await reader.read()) {
      if (written + chunk.value.byteLength > size) throw new CorruptZipError();
      out.set(chunk.value, written);
      written += chunk.value.byteLength;
    }
  } catch {
    await reader.cancel().catch(() => undefined);
    throw new CorruptZipError();
  }
  if (written !== size) throw new CorruptZipError();
  return out;
}

/**
 * The entries `admit` lets in, by name, unpacked; `admit` sees each entry's
 * declared size before anything is inflated and stops the rest by answering
 * false. Stored and deflated entries are read here, deflated ones with the
 * platform's zlib; what this does not read (zip64, or no DecompressionStream)
 * goes to fflate, as every file did before. Throws for a file that is no
 * valid zip.
 */
export async function unzipEntries(bytes: Uint8Array, admit: (entry: ZipEntryInfo) => boolean): Promise<Record<string, Uint8Array>> {
  const located = typeof DecompressionStream === 'function' ? locateEntries(bytes) : null;
  if (located === null) return unzipSync(bytes, { filter: admit });
  const unpacked: [string, Uint8Array | Promise<Uint8Array>][] = [];
  for (const entry of located) {
    if (!admit(entry)) continue;
    const data = dataOf(bytes, entry);
    if (entry.method === 0) {
      if (data.byteLength !== entry.originalSize) throw new CorruptZipError();
      unpacked.push([entry.name, data]);
    } else if (entry.method === 8) {
      const inflated = inflateNative(data, entry.originalSize);
      // Awaited below; should a later entry's header throw first, this one's failure is not left unhandled.
      inflated.catch(() => undefined);
      unpacked.push([entry.name, inflated]);
    } else {
      throw new CorruptZipError();
    }
  }
  const contents = await Promise.all(unpacked.map(([, content]) => content));
  // In the directory's order, as fflate gives them: the first unexpected entry named in a refusal stays the same.
  return Object.fromEntries(unpacked.map(([name], index) => [name, contents[index]!]));
}
