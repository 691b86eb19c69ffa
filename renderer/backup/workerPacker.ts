import { packHere, type EntryPacker, type PackedEntry } from '@shared/backup/packEntry';
import type { PackAnswer, PackRequest } from './packProtocol';

/** The port to the packing worker; in tests a message channel to its host. */
export interface PackPort {
  postMessage(request: PackRequest, transfer: Transferable[]): void;
  onmessage: ((event: MessageEvent<PackAnswer>) => void) | null;
  onerror: ((event: ErrorEvent) => void) | null;
  terminate(): void;
}

/** Where a backup's entries are packed while it is made, and how to let go of it after. */
export interface Packer {
  pack: EntryPacker;
  close(): void;
}

export const startPackWorker = (): PackPort => new Worker(new URL('./packWorker.ts', import.meta.url), { type: 'module', name: 'beraad-backup' });

/** Packs on the page's own thread. */
export const packerHere = (): Packer => ({ pack: packHere, close: () => {} });

/** The app's packer: a worker's, where the platform has workers (Node, in tests, has none). */
export const startPacker = (): Packer => (typeof Worker === 'function' ? createWorkerPacker(startPackWorker()) : packerHere());

/**
 * Packs entries in the worker behind `port`, which encodes each part's text
 * as well; the deflated data comes back handed over, not copied. A worker
 * that fails (did not load, or threw) fails every entry still waiting.
 */
export function createWorkerPacker(port: PackPort): Packer {
  const waiting = new Map<number, { resolve(packed: PackedEntry): void; reject(error: Error): void }>();
  let failure: Error | null = null;
  port.onmessage = ({ data }) => {
    const entry = waiting.get(data.id);
    waiting.delete(data.id);
    if ('packed' in data) entry?.resolve(data.packed);
    else entry?.reject(new Error(`Packing ${data.id} failed: ${data.failed}`));
  };
  port.onerror = (event) => {
    failure = new Error(`The backup's packing worker failed: ${event.message}`);
    for (const entry of waiting.values()) entry.reject(failure);
    waiting.clear();
  };
  let nextId = 0;
  return {
    pack(path) {
      const id = nextId++;
      port.postMessage({ type: 'start', id, path }, []);
      return {
        push: (text) => port.postMessage({ type: 'push', id, text }, []),
        end: () =>
          new Promise<PackedEntry>((resolve, reject) => {
            if (failure) return reject(failure);
            waiting.set(id, { resolve, reject });
            port.postMessage({ type: 'end', id }, []);
          }),
      };
    },
    close: () => port.terminate(),
  };
}
