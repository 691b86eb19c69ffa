/** Failed attempts allowed per window, per e-mail address and per network address. */
export const maxFailures = 5;
export const failureWindowMs = 15 * 60 * 1000;
/** Bounds the memory a flood of made-up e-mail addresses can take; the oldest keys go first. */
const maxKeys = 100_000;

export type RateCheck = { ok: true } | { ok: false; retryAfterSeconds: number };

/**
 * Counts failed logins, setups and invitation acceptances. In memory, per instance: with
 * several instances behind one address an attacker gets at most 5 tries per instance.
 */
export function createRateLimit(now: () => number = Date.now) {
  const failures = new Map<string, number[]>();

  const recent = (key: string, at: number): number[] => {
    const times = (failures.get(key) ?? []).filter((time) => time > at - failureWindowMs);
    if (times.length === 0) failures.delete(key);
    else failures.set(key, times);
    return times;
  };

  return {
    /** Whether another attempt for these keys (an e-mail, an address) may be tried now. */
    check(keys: readonly string[]): RateCheck {
      const at = now();
      let waitMs = 0;
      for (const key of keys) {
        const times = recent(key, at);
        const oldest = times[times.length - maxFailures];
        if (times.length >= maxFailures && oldest !== undefined) waitMs = Math.max(waitMs, oldest + failureWindowMs - at);
      }
      return waitMs > 0 ? { ok: false, retryAfterSeconds: Math.max(1, Math.ceil(waitMs / 1000)) } : { ok: true };
    },

    fail(keys: readonly string[]): void {
      const at = now();
      for (const key of keys) {
        const times = recent(key, at);
        failures.delete(key);
        failures.set(key, [...times, at]);
      }
      while (failures.size > maxKeys) {
        const oldestKey = failures.keys().next().value;
        if (oldestKey === undefined) break;
        failures.delete(oldestKey);
      }
    },

    /** A success forgets the failures of that e-mail address (not of the network address). */
    succeed(key: string): void {
      failures.delete(key);
    },
  };
}

export type RateLimit = ReturnType<typeof createRateLimit>;
