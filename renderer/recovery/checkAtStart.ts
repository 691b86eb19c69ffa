import { checkDatabaseIdentity, newIdentity, nextStart, type DatabaseIdentity, type IdentityVerdict } from '@shared/storage/databaseIdentity';
import type { DatabaseIdentityStore } from './databaseIdentityStore';

/** `identity` is null only in a window that may not write and found a database that has none yet. */
export type StartVerdict = { kind: 'ready'; identity: DatabaseIdentity | null } | Extract<IdentityVerdict, { kind: 'lost' }>;

/**
 * Runs before anything else touches the database. A database that lost what
 * its identity says it held is reported and left exactly as found; otherwise
 * this start is counted, inside the database first, by the window that writes.
 */
export async function checkAtStart(store: DatabaseIdentityStore, mayWrite: boolean, newId: () => string = () => crypto.randomUUID()): Promise<StartVerdict> {
  const [kept, inside, holdsData] = await Promise.all([store.readKept(), store.readInside(), store.holdsData()]);
  const verdict = checkDatabaseIdentity(kept, inside, holdsData);
  if (verdict.kind === 'lost') return verdict;
  // A window that only reads leaves counting starts to the one that writes.
  if (!mayWrite) return { kind: 'ready', identity: verdict.kind === 'known' ? verdict.identity : null };
  const identity = verdict.kind === 'fresh' ? newIdentity(newId(), holdsData) : nextStart(verdict.identity, holdsData);
  await store.write(identity);
  return { kind: 'ready', identity };
}
