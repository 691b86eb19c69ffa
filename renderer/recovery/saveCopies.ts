import type { Bridge } from '@shared/ipc/contract';
import { listEmergencyCopies } from '../persistence/emergencyCopies';

/** Every kept copy as one JSON file the user saves; true once it is saved. */
export async function saveEmergencyCopies(bridge: Bridge, at = new Date()): Promise<boolean> {
  const bytes = new TextEncoder().encode(JSON.stringify({ savedAt: at.toISOString(), copies: listEmergencyCopies() }, null, 2));
  const result = await bridge.saveFile({ suggestedName: `beraad-niet-opgeslagen-${at.toISOString().slice(0, 10)}.json`, bytes });
  return result.ok && result.value.saved;
}
