import { describe, expect, it } from 'vitest';
import { checkDatabaseIdentity, isDatabaseIdentity, newestKept, nextStart, type DatabaseIdentity } from '@shared/storage/databaseIdentity';
import { databaseIdentitySchema } from '@shared/storage/databaseIdentitySchema';

const identity = (overrides: Partial<DatabaseIdentity> = {}): DatabaseIdentity => ({ id: 'db-aaaaaaaa', generation: 5, heldData: true, ...overrides });

describe('database identity', () => {
  it('starts a new identity where there is none anywhere', () => {
    expect(checkDatabaseIdentity(null, null, false)).toEqual({ kind: 'fresh' });
    // A database from before identities existed still holds its work.
    expect(checkDatabaseIdentity(null, null, true)).toEqual({ kind: 'fresh' });
  });

  it('reports a database that is empty while its kept identity says it held work', () => {
    const kept = identity();
    expect(checkDatabaseIdentity(kept, null, false)).toEqual({ kind: 'lost', loss: 'missing', kept, inside: null });
  });

  it('lets an unused database go when it vanishes', () => {
    expect(checkDatabaseIdentity(identity({ heldData: false }), null, false)).toEqual({ kind: 'fresh' });
  });

  it('reports a database swapped for another one or for an older copy', () => {
    const kept = identity();
    const other = identity({ id: 'db-bbbbbbbb' });
    expect(checkDatabaseIdentity(kept, other, true)).toEqual({ kind: 'lost', loss: 'replaced', kept, inside: other });
    const older = identity({ generation: 4 });
    expect(checkDatabaseIdentity(kept, older, true)).toEqual({ kind: 'lost', loss: 'older', kept, inside: older });
  });

  it('accepts the database when it agrees with, or is ahead of, what was kept', () => {
    expect(checkDatabaseIdentity(identity(), identity(), true)).toEqual({ kind: 'known', identity: identity() });
    // A crash between writing inside and outside leaves the database one start ahead.
    expect(checkDatabaseIdentity(identity(), identity({ generation: 6 }), true)).toEqual({ kind: 'known', identity: identity({ generation: 6 }) });
    // localStorage cleared: the database's own identity is believed and copied out again.
    expect(checkDatabaseIdentity(null, identity(), true)).toEqual({ kind: 'known', identity: identity() });
  });

  it('believes the kept copy that saw the latest start', () => {
    expect(newestKept([identity({ generation: 3 }), null, identity({ generation: 7 })])).toEqual(identity({ generation: 7 }));
    expect(newestKept([null, null])).toBeNull();
  });

  it('counts a start and remembers once the database held work', () => {
    expect(nextStart(identity({ heldData: false }), true)).toEqual(identity({ generation: 6, heldData: true }));
    expect(nextStart(identity(), false)).toEqual(identity({ generation: 6, heldData: true }));
  });

  it('checks a kept copy by hand as the schema does', () => {
    const values: unknown[] = [
      identity(),
      identity({ id: '12345678', generation: 1, heldData: false }),
      identity({ id: 'x'.repeat(100) }),
      identity({ id: '1234567' }),
      identity({ id: 'x'.repeat(101) }),
      identity({ generation: 0 }),
      identity({ generation: 1.5 }),
      { ...identity(), generation: '5' },
      { ...identity(), heldData: 'ja' },
      { ...identity(), extra: true },
      { id: 'db-aaaaaaaa', generation: 5 },
      [identity()],
      'db-aaaaaaaa',
      null,
      undefined,
    ];
    for (const value of values) expect(isDatabaseIdentity(value), JSON.stringify(value)).toBe(databaseIdentitySchema.safeParse(value).success);
  });
});
