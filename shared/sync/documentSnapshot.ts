/**
 * Every document an account may receive, in one answer: a machine that holds
 * none yet (a new device joining a board of thousands of cases) takes them in
 * at once instead of one sync handshake per document before anything shows.
 * The socket's handshakes that follow then only confirm (docs/sync.md).
 */
export const documentSnapshotPath = '/beraad/documents';

export interface DocumentState {
  name: string;
  /** The document's whole Yjs state, as `Y.encodeStateAsUpdate` writes it. */
  state: Uint8Array;
}

/*
 * Binary, not JSON: ten thousand states are megabytes that base64 would grow
 * by a third. Each document is its name and its state, each preceded by its
 * length in bytes (32 bits, big-endian).
 */
const lengthBytes = 4;

export function encodeSnapshot(documents: readonly DocumentState[]): Uint8Array {
  const names = documents.map((document) => new TextEncoder().encode(document.name));
  const size = documents.reduce((total, document, index) => total + 2 * lengthBytes + names[index]!.length + document.state.length, 0);
  const bytes = new Uint8Array(size);
  const view = new DataView(bytes.buffer);
  let at = 0;
  const put = (part: Uint8Array) => {
    view.setUint32(at, part.length);
    bytes.set(part, at + lengthBytes);
    at += lengthBytes + part.length;
  };
  documents.forEach((document, index) => {
    put(names[index]!);
    put(document.state);
  });
  return bytes;
}

/** The documents in a snapshot; null when the bytes are not one (cut short, or something else answered). */
export function decodeSnapshot(bytes: Uint8Array): DocumentState[] | null {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const decoder = new TextDecoder('utf-8', { fatal: true });
  const documents: DocumentState[] = [];
  let at = 0;
  const take = (): Uint8Array | null => {
    if (at + lengthBytes > bytes.length) return null;
    const length = view.getUint32(at);
    const start = at + lengthBytes;
    if (start + length > bytes.length) return null;
    at = start + length;
    return bytes.subarray(start, at);
  };
  try {
    while (at < bytes.length) {
      const name = take();
      const state = name && take();
      if (!name || !state) return null;
      documents.push({ name: decoder.decode(name), state });
    }
  } catch {
    return null;
  }
  return documents;
}
