import { describe, expect, it } from 'vitest';
import { lazySchema, preloadSchemas } from '../../../../renderer/db/lazySchema';
import { testDatabase } from './testDatabase';

/** A module that takes a while to arrive, as a chunk does over the app's own protocol. */
const slowModule = <T>(value: T) => () => new Promise<T>((resolve) => setTimeout(() => resolve(value), 30));

describe('a schema loaded at its first use', () => {
  it('keeps the transaction of a write that waits for it', async () => {
    const db = testDatabase();
    const schema = lazySchema(slowModule({ name: 'counterSchema' }));
    await db.transaction('rw', db.counters, async () => {
      await db.counters.put({ key: 'voor', value: 1 });
      expect(await schema()).toEqual({ name: 'counterSchema' });
      await db.counters.put({ key: 'na', value: 2 });
    });
    expect(await db.counters.toArray()).toEqual([
      { key: 'na', value: 2 },
      { key: 'voor', value: 1 },
    ]);
  });

  it('loads ahead when asked, so a later use needs no load of its own (the browser build cannot fetch one offline)', async () => {
    let loads = 0;
    const schema = lazySchema(async () => {
      loads++;
      return 'schema';
    });
    await preloadSchemas();
    expect(loads).toBe(1);
    expect(await schema()).toBe('schema');
    expect(loads).toBe(1);
  });
});
