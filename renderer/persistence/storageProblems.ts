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

/** A failure that is the storage's (a full disk, a lost database) shows as one, whatever part of the app it surfaced in. */
export function reportIfStorageError(error: unknown): void {
  if (classifyStorageError(error) !== 'unknown') reportStorageError(error);
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
