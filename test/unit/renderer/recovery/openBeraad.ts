import Dexie from 'dexie';
import { afterEach } from 'vitest';
import type { Bridge } from '@shared/ipc/contract';
import { createDatabase } from '../../../../renderer/db/database';
import { installWriteGuard } from '../../../../renderer/db/writeGuard';
import { createWebBridge } from '../../../../renderer/platform/webBridge';
import { createDatabaseIdentityStore } from '../../../../renderer/recovery/databaseIdentityStore';

const names: string[] = [];
afterEach(async () => {
  localStorage.clear();
  await Promise.all(names.splice(0).map((name) => Dexie.delete(name)));
});

/** A database name that is deleted after the test. */
export const newName = () => {
  const name = `start-${crypto.randomUUID()}`;
  names.push(name);
  return name;
};

/** The database as main.tsx opens it: guarded, with its identity store. */
export function openBeraad(name: string, bridge: Bridge = createWebBridge()) {
  const db = createDatabase(name);
  const guard = installWriteGuard(db, { onFailure: () => {} });
  return { db, guard, store: createDatabaseIdentityStore(db, bridge) };
}
