import { useSyncExternalStore } from 'react';
import type { WriteGuard, WriteMode } from '../db/writeGuard';

let guard: Pick<WriteGuard, 'mode' | 'onModeChange'> | null = null;

/** Composed once in main.tsx: screens ask whether this window may write, the guard enforces it. */
export function bindWriteMode(source: Pick<WriteGuard, 'mode' | 'onModeChange'>): void {
  guard = source;
}

export function useWriteMode(): WriteMode {
  return useSyncExternalStore(
    (listener) => guard?.onModeChange(listener) ?? (() => undefined),
    () => guard?.mode ?? 'writable',
  );
}
