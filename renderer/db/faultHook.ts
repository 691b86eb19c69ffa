import type { WriteGuard } from './writeGuard';

/**
 * The browser build's hook for fault-injection tests: `window.beraadFaults.failNextWrites('QuotaExceededError')`
 * makes the next write fail as a full disk would. Only the web bridge installs it; the desktop app has none.
 */
export function exposeFaultHook(guard: WriteGuard): void {
  Object.defineProperty(window, 'beraadFaults', {
    value: Object.freeze({ failNextWrites: guard.failNextWrites, clear: guard.clearFaults }),
    configurable: false,
  });
}
