import { describe, expect, it } from 'vitest';
import { createRateLimit, failureWindowMs, maxFailures } from '../../../../server/accounts/rateLimit';

describe('rate limit', () => {
  it('allows 5 failed attempts per key in 15 minutes, then says how long to wait', () => {
    let now = 1_000_000;
    const limit = createRateLimit(() => now);
    for (let attempt = 0; attempt < maxFailures; attempt++) {
      expect(limit.check(['email:a@gemeente.nl'])).toEqual({ ok: true });
      limit.fail(['email:a@gemeente.nl']);
      now += 1000;
    }

    expect(limit.check(['email:a@gemeente.nl'])).toEqual({ ok: false, retryAfterSeconds: (failureWindowMs - maxFailures * 1000) / 1000 });
    expect(limit.check(['email:b@gemeente.nl'])).toEqual({ ok: true });
    now = 1_000_000 + failureWindowMs + 1;
    expect(limit.check(['email:a@gemeente.nl'])).toEqual({ ok: true });
  });

  it('counts per network address too, across e-mail addresses', () => {
    const limit = createRateLimit(() => 5000);
    for (let attempt = 0; attempt < maxFailures; attempt++) limit.fail([`email:${attempt}@gemeente.nl`, 'address:10.0.0.7']);

    expect(limit.check(['email:nieuw@gemeente.nl', 'address:10.0.0.7']).ok).toBe(false);
    expect(limit.check(['email:nieuw@gemeente.nl', 'address:10.0.0.8']).ok).toBe(true);
  });

  it("forgets an e-mail's failures after a success", () => {
    const limit = createRateLimit(() => 5000);
    for (let attempt = 0; attempt < maxFailures; attempt++) limit.fail(['email:a@gemeente.nl']);
    limit.succeed('email:a@gemeente.nl');

    expect(limit.check(['email:a@gemeente.nl'])).toEqual({ ok: true });
  });
});
