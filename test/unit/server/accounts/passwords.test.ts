import { describe, expect, it } from 'vitest';
import { hashPassword, verifyPassword } from '../../../../server/accounts/passwords';

describe('passwords', () => {
  it('stores an Argon2id hash, never the password, and verifies only the right password', async () => {
    const stored = await hashPassword('correct paard batterij');

    expect(stored).toMatch(/^\$argon2id\$/);
    expect(stored).not.toContain('correct paard batterij');
    expect(await verifyPassword(stored, 'correct paard batterij')).toBe(true);
    expect(await verifyPassword(stored, 'correct paard batterij!')).toBe(false);
  });

  it('takes as long for an e-mail without an account as for a wrong password, so timing tells nothing', async () => {
    const stored = await hashPassword('correct paard batterij');
    await verifyPassword(null, 'warm-up');
    // CPU time, not the clock: a loaded machine stretches the clock at random, not the work Argon2 does.
    const time = async (run: () => Promise<boolean>) => {
      const start = process.cpuUsage();
      expect(await run()).toBe(false);
      const { user, system } = process.cpuUsage(start);
      return (user + system) / 1000;
    };
    const median = (values: number[]) => values.sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? 0;

    const unknown: number[] = [];
    const wrong: number[] = [];
    for (let round = 0; round < 5; round++) {
      unknown.push(await time(() => verifyPassword(null, 'raden')));
      wrong.push(await time(() => verifyPassword(stored, 'raden')));
    }

    // Argon2id takes tens of ms; skipping it for unknown e-mails would take well under a millisecond.
    expect(median(unknown)).toBeGreaterThan(median(wrong) * 0.5);
  });
});
