import { beforeEach, describe, expect, it } from 'vitest';
import { checkStorage, currentStorageNotice, dismissStorageNotice } from '../../../../renderer/backup/storageNotices';

const memory = new Map<string, string>();
const manager = (fields: { usage?: number; quota?: number; persisted?: boolean; grants?: boolean }) =>
  ({
    estimate: async () => ({ usage: fields.usage ?? 1_000, quota: fields.quota ?? 10_000_000 }),
    persisted: async () => fields.persisted ?? false,
    persist: async () => fields.grants ?? false,
  }) as unknown as StorageManager;

beforeEach(() => {
  Object.assign(globalThis, { localStorage: { getItem: (k: string) => memory.get(k) ?? null, setItem: (k: string, v: string) => memory.set(k, v) } });
  dismissStorageNotice();
  memory.clear();
});

describe('storage notices', () => {
  it('say nothing when storage is persistent and roomy', async () => {
    await checkStorage(manager({ persisted: true }));
    expect(currentStorageNotice()).toBeNull();
    await checkStorage(manager({ grants: true }));
    expect(currentStorageNotice()).toBeNull();
  });

  it('tell the user when the browser refuses persistence, until they dismiss it', async () => {
    await checkStorage(manager({}));
    expect(currentStorageNotice()).toEqual({ kind: 'notPersisted' });
    dismissStorageNotice();
    await checkStorage(manager({}));
    expect(currentStorageNotice()).toBeNull();
  });

  it('warn when storage is nearly full, with the numbers, every time it is checked', async () => {
    await checkStorage(manager({ usage: 95, quota: 100, persisted: true }));
    expect(currentStorageNotice()).toEqual({ kind: 'nearlyFull', used: 95, quota: 100 });
    dismissStorageNotice();
    await checkStorage(manager({ usage: 95, quota: 100, persisted: true }));
    expect(currentStorageNotice()).toMatchObject({ kind: 'nearlyFull' });
  });
});
