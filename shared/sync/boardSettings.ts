import type * as Y from 'yjs';
import { conflictPolicySchema, defaultConflictPolicy, type ConflictPolicy } from '../people/conflictPolicy';

/*
 * The board's own settings, in the board's document beside its tables: one
 * value for every machine and for the server, which reads them where it reads
 * the cases' conflicts. Only the secretary may change them (the server undoes
 * anyone else's change).
 */
export const boardSettingsName = 'boardSettings';
const conflictPolicyKey = 'conflictPolicy';

/** The board's setting for a member with a conflict of interest; read-only when none was chosen or it does not parse. */
export function readConflictPolicy(doc: Y.Doc): ConflictPolicy {
  if (!doc.share.has(boardSettingsName)) return defaultConflictPolicy;
  const parsed = conflictPolicySchema.safeParse(doc.getMap<unknown>(boardSettingsName).get(conflictPolicyKey));
  return parsed.success ? parsed.data : defaultConflictPolicy;
}

export function writeConflictPolicy(doc: Y.Doc, policy: ConflictPolicy): void {
  const settings = doc.getMap<unknown>(boardSettingsName);
  if (settings.get(conflictPolicyKey) !== policy) settings.set(conflictPolicyKey, policy);
}
