import { useSyncExternalStore } from 'react';
import { classifyStorageError, type StorageProblem } from '../db/storageErrors';

/** The one place storage failures surface, so every screen shows them the same way. */
let current: StorageProblem | null = null;
const listeners = new Set<() => void>();

export function reportStorageError(error: unknown): void {
  console.error(error);
  current = classifyStorageError(error);
  listeners.forEach((listener) => listener());
}

export function dismissStorageProblem(): void {
  current = null;
  listeners.forEach((listener) => listener());
}

export function useStorageProblem(): StorageProblem | null {
  return useSyncExternalStore(
    (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    () => current,
  );
}
