import { useSyncExternalStore } from 'react';

/**
 * Storage conditions the user should act on before anything fails: the
 * browser may evict the data (persistence refused), or the disk is nearly
 * full. Failures themselves go through persistence/storageProblems.
 */
export type StorageNotice = { kind: 'notPersisted' } | { kind: 'nearlyFull'; used: number; quota: number };

let current: StorageNotice | null = null;
const listeners = new Set<() => void>();
const dismissedKey = 'beraad.storageNotice.dismissed';

function set(notice: StorageNotice | null) {
  current = notice;
  listeners.forEach((listener) => listener());
}

/** Above this share of the quota, the user is warned. */
export const nearlyFullShare = 0.9;

/** Asks for persistent storage and looks at the quota; tells the user when either needs their attention. */
export async function checkStorage(storage: StorageManager | undefined = navigator.storage): Promise<void> {
  if (!storage) return;
  const estimate = await storage.estimate?.().catch(() => null);
  if (estimate?.quota && estimate.usage !== undefined && estimate.usage / estimate.quota >= nearlyFullShare) {
    set({ kind: 'nearlyFull', used: estimate.usage, quota: estimate.quota });
    return;
  }
  const persisted = (await storage.persisted?.().catch(() => false)) || (await storage.persist?.().catch(() => false));
  if (!persisted && localStorage.getItem(dismissedKey) !== 'notPersisted') set({ kind: 'notPersisted' });
}

/** Dismissing "not persisted" is remembered; "nearly full" comes back at the next check. */
export function dismissStorageNotice(): void {
  if (current?.kind === 'notPersisted') localStorage.setItem(dismissedKey, 'notPersisted');
  set(null);
}

export const currentStorageNotice = (): StorageNotice | null => current;

export function useStorageNotice(): StorageNotice | null {
  return useSyncExternalStore(
    (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    currentStorageNotice,
  );
}
