import { packHere, type EntryPacking } from '@shared/backup/packEntry';
import type { PackAnswer, PackRequest } from './packProtocol';

/**
 * The worker's side of packing: entries encoded and packed as on the page
 * (packHere), each answered at its end, the deflated data handed back rather
 * than copied.
 */
export function createPackHost(answer: (message: PackAnswer, transfer: Transferable[]) => void): (request: PackRequest) => void {
  const entries = new Map<number, EntryPacking>();
  return (request) => {
    switch (request.type) {
      case 'start':
        entries.set(request.id, packHere(request.path));
        return;
      case 'push':
        entries.get(request.id)?.push(request.text);
        return;
      case 'end': {
        const { id } = request;
        const packing = entries.get(id);
        entries.delete(id);
        if (!packing) return answer({ id, failed: `no entry ${id} was started` }, []);
        packing.end().then(
          (packed) => answer({ id, packed }, 'deflated' in packed.entry ? [packed.entry.deflated.buffer] : []),
          (error: unknown) => answer({ id, failed: String(error) }, []),
        );
      }
    }
  };
}
