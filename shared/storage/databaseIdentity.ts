/**
 * Who a database is: an id chosen when it was created and a generation that
 * rises on every start. A copy is kept inside the database and copies outside
 * it (localStorage; on the desktop also a file), so a database that vanished,
 * was emptied or was swapped for an older one is noticed instead of silently
 * taking new work.
 */
export interface DatabaseIdentity {
  id: string;
  generation: number;
  /** Whether the database ever held the board's work; an unused database may go unnoticed. */
  heldData: boolean;
}

/**
 * The rule of ./databaseIdentitySchema.ts by hand, for the copies this app
 * wrote itself (the database, localStorage): checked at every start, before
 * the first screen, which so does not load the schema library.
 */
export function isDatabaseIdentity(value: unknown): value is DatabaseIdentity {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  const { id, generation, heldData, ...others } = value as Record<string, unknown>;
  return (
    Object.keys(others).length === 0 &&
    typeof id === 'string' &&
    id.length >= 8 &&
    id.length <= 100 &&
    Number.isInteger(generation) &&
    (generation as number) >= 1 &&
    typeof heldData === 'boolean'
  );
}

export const databaseLosses = ['missing', 'replaced', 'older'] as const;
/** missing: empty or gone; replaced: another database's id; older: a generation behind the last start. */
export type DatabaseLoss = (typeof databaseLosses)[number];

export type IdentityVerdict =
  | { kind: 'fresh' }
  | { kind: 'known'; identity: DatabaseIdentity }
  | { kind: 'lost'; loss: DatabaseLoss; kept: DatabaseIdentity; inside: DatabaseIdentity | null };

/** The kept copy to believe when there are several: the one that saw the latest start. */
export function newestKept(kept: readonly (DatabaseIdentity | null)[]): DatabaseIdentity | null {
  return kept.reduce<DatabaseIdentity | null>((best, next) => (next && (!best || next.generation > best.generation) ? next : best), null);
}

/**
 * Compares what the database says about itself with the copies kept outside it.
 * `holdsData` is whether the database has any of the board's records, for a
 * database made by an older Beraad that had no identity yet.
 */
export function checkDatabaseIdentity(kept: DatabaseIdentity | null, inside: DatabaseIdentity | null, holdsData: boolean): IdentityVerdict {
  if (!inside) {
    if (kept?.heldData && !holdsData) return { kind: 'lost', loss: 'missing', kept, inside };
    return { kind: 'fresh' };
  }
  if (!kept) return { kind: 'known', identity: inside };
  if (kept.id !== inside.id) return kept.heldData ? { kind: 'lost', loss: 'replaced', kept, inside } : { kind: 'known', identity: inside };
  if (inside.generation < kept.generation) return { kind: 'lost', loss: 'older', kept, inside };
  return { kind: 'known', identity: { ...inside, heldData: inside.heldData || kept.heldData } };
}

/** The identity to write at this start: inside the database first, then outside it. */
export function nextStart(identity: DatabaseIdentity, holdsData: boolean): DatabaseIdentity {
  return { ...identity, generation: identity.generation + 1, heldData: identity.heldData || holdsData };
}

export function newIdentity(id: string, holdsData: boolean): DatabaseIdentity {
  return { id, generation: 1, heldData: holdsData };
}
