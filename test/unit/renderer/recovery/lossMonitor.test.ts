// @vitest-environment jsdom
import Dexie from 'dexie';
import { describe, expect, it, vi } from 'vitest';
import { checkAtStart } from '../../../../renderer/recovery/checkAtStart';
import { keptIdentityKey } from '../../../../renderer/recovery/databaseIdentityStore';
import { createLossMonitor } from '../../../../renderer/recovery/lossMonitor';
import { newName, openBeraad } from './openBeraad';

describe('loss monitor', () => {
  it('refuses every write once the database is deleted behind the app, and says so once', async () => {
    const name = newName();
    const { db, guard, store } = openBeraad(name);
    const started = await checkAtStart(store, true, () => 'db-00000001');
    const onLost = vi.fn();
    createLossMonitor(db, guard, store, started.kind === 'ready' ? started.identity : null, onLost);

    await Dexie.delete(name);
    await vi.waitFor(() => expect(onLost).toHaveBeenCalledTimes(1));
    expect(guard.mode).toBe('lost');
    await expect(db.settings.put({ key: 'x', value: 1, updatedAt: '2026-12-06T10:00:00.000Z' })).rejects.toMatchObject({ name: 'DatabaseLostError' });
    db.close();
  });

  it('notices a database whose identity was swapped while it ran', async () => {
    const name = newName();
    const { db, guard, store } = openBeraad(name);
    await checkAtStart(store, true, () => 'db-00000001');
    const onLost = vi.fn();
    const monitor = createLossMonitor(db, guard, store, { id: 'db-00000001', generation: 1, heldData: false }, onLost);
    await monitor.verify();
    expect(onLost).not.toHaveBeenCalled();
    await db.meta.put({ key: 'identity', value: { id: 'db-99999999', generation: 1, heldData: true }, updatedAt: '2026-12-06T10:00:00.000Z' });
    await monitor.verify();
    expect(onLost).toHaveBeenCalledTimes(1);
    db.close();
  });

  it('marks the database as holding work after its first case, note or person', async () => {
    const name = newName();
    const { db, guard, store } = openBeraad(name);
    await checkAtStart(store, true, () => 'db-00000001');
    const monitor = createLossMonitor(db, guard, store, { id: 'db-00000001', generation: 1, heldData: false }, () => {});
    monitor.committed(['settings']);
    expect((await store.readInside())?.heldData).toBe(false);
    monitor.committed(['people']);
    await vi.waitFor(async () => expect((await store.readInside())?.heldData).toBe(true));
    expect(JSON.parse(localStorage.getItem(keptIdentityKey)!).heldData).toBe(true);
    db.close();
  });
});
