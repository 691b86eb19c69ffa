// @vitest-environment jsdom
import Dexie from 'dexie';
import { describe, expect, it } from 'vitest';
import { createPeopleRepository } from '../../../../renderer/people/peopleRepository';
import { createWebBridge } from '../../../../renderer/platform/webBridge';
import { checkAtStart } from '../../../../renderer/recovery/checkAtStart';
import { keptIdentityKey } from '../../../../renderer/recovery/databaseIdentityStore';
import { personInput } from '../../../fixtures/people';
import { newName, openBeraad } from './openBeraad';

describe('check at start', () => {
  it('gives a new database an identity and counts each start, inside and outside it', async () => {
    const name = newName();
    const first = openBeraad(name);
    const started = await checkAtStart(first.store, true, () => 'db-00000001');
    expect(started).toEqual({ kind: 'ready', identity: { id: 'db-00000001', generation: 1, heldData: false } });
    first.db.close();

    const again = openBeraad(name);
    expect(await checkAtStart(again.store, true)).toEqual({ kind: 'ready', identity: { id: 'db-00000001', generation: 2, heldData: false } });
    expect(JSON.parse(localStorage.getItem(keptIdentityKey)!)).toEqual({ id: 'db-00000001', generation: 2, heldData: false });
    again.db.close();
  });

  it('finds a database that lost its work gone, and writes nothing into it', async () => {
    const name = newName();
    const before = openBeraad(name);
    await createPeopleRepository(before.db).create(personInput());
    await checkAtStart(before.store, true, () => 'db-00000001');
    before.db.close();
    // The disk filled up and the browser threw the database away.
    await Dexie.delete(name);

    const after = openBeraad(name);
    const verdict = await checkAtStart(after.store, true);
    expect(verdict).toMatchObject({ kind: 'lost', loss: 'missing', kept: { id: 'db-00000001', generation: 1, heldData: true } });
    expect(await after.db.meta.count()).toBe(0);
    after.db.close();
  });

  it('uses the desktop file when localStorage went with the database', async () => {
    const name = newName();
    const kept = { id: 'db-00000001', generation: 9, heldData: true };
    const bridge = { ...createWebBridge(), identityRead: async () => ({ ok: true as const, value: { identity: kept } }) };
    const { db, store } = openBeraad(name, bridge);
    expect(await checkAtStart(store, true)).toMatchObject({ kind: 'lost', loss: 'missing', kept });
    db.close();
  });

  it('leaves counting to the window that writes', async () => {
    const name = newName();
    const writer = openBeraad(name);
    await checkAtStart(writer.store, true, () => 'db-00000001');
    const reader = openBeraad(name);
    expect(await checkAtStart(reader.store, false)).toEqual({ kind: 'ready', identity: { id: 'db-00000001', generation: 1, heldData: false } });
    expect((await writer.store.readInside())?.generation).toBe(1);
    writer.db.close();
    reader.db.close();
  });
});
