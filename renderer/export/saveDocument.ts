import type { Bridge } from '@shared/ipc/contract';

export type SaveOutcome = 'saved' | 'downloaded' | 'cancelled';

/** Hands the bytes to the machine: a save dialog in the desktop app, a download in the browser. */
export async function saveDocument(bridge: Bridge, suggestedName: string, bytes: Uint8Array<ArrayBuffer>): Promise<SaveOutcome> {
  const result = await bridge.saveDocument({ suggestedName, bytes });
  if (!result.ok) throw new Error(result.error.detail ?? result.error.code);
  if (!result.value.saved) return 'cancelled';
  return bridge.kind === 'web' ? 'downloaded' : 'saved';
}
