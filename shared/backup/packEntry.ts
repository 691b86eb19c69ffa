import { sha256Hex } from './sha256';
import { concatBytes, startDeflatedEntry, type ZipEntry } from './zipWriter';

/*
 * Packing one zip entry, apart from the backup's format and tables, so the
 * worker that packs a backup's tables (renderer/backup/packWorker.ts) loads
 * only this, not the schemas of every table.
 */

const encoder = new TextEncoder();

/**
 * The UTF-8 bytes of `text` through encodeInto, which writes straight into a
 * buffer: in Chromium about ten times faster than encode on a table's JSON
 * (the bench's 40 MB of notes: 0.17 s against 1.7 s), and encode was the
 * largest step of a backup after JSON.stringify. The buffer leaves room for
 * some non-ASCII characters; a text with more gets all it can need for the rest.
 */
export function toUtf8(text: string): Uint8Array {
  const first = new Uint8Array(text.length + (text.length >> 3) + 16);
  const { read, written } = encoder.encodeInto(text, first);
  if (read === text.length) return first.subarray(0, written);
  const rest = text.slice(read);
  // Three bytes per UTF-16 unit is the most UTF-8 takes (a surrogate pair: four for two).
  const bytes = new Uint8Array(written + rest.length * 3);
  bytes.set(first.subarray(0, written));
  return bytes.subarray(0, written + encoder.encodeInto(rest, bytes.subarray(written)).written);
}

/** An entry's bytes as the zip and the manifest take them: deflated, with their size and SHA-256. */
export interface PackedEntry {
  entry: ZipEntry;
  bytes: number;
  sha256: string;
}

/** An entry being packed part by part, each part a text whose UTF-8 bytes it adds. */
export interface EntryPacking {
  push(text: string): void;
  end(): Promise<PackedEntry>;
}

/** Where an entry is deflated and hashed: on this thread (packHere) or another one. */
export type EntryPacker = (path: string) => EntryPacking;

/**
 * Deflates and hashes an entry on this thread; the SHA-256 is taken over the
 * whole entry at once, as Web Crypto has no running digest.
 */
export function packHere(path: string): EntryPacking {
  const deflating = startDeflatedEntry(path);
  const parts: Uint8Array[] = [];
  return {
    push(text) {
      const bytes = toUtf8(text);
      parts.push(bytes);
      deflating.push(bytes);
    },
    async end() {
      const whole = concatBytes(parts);
      parts.length = 0;
      const [sha256, entry] = await Promise.all([sha256Hex(whole), deflating.end()]);
      return { entry, bytes: whole.byteLength, sha256 };
    },
  };
}
