import { randomBytes } from 'node:crypto';
import { SignJWT } from 'jose';
import { describe, expect, it } from 'vitest';
import { accessTokenLifetimeMs, issueAccessToken, verifyAccessToken } from '../../../../server/accounts/tokens';

const secret = new Uint8Array(randomBytes(32));

describe('access tokens', () => {
  it('name the account for 15 minutes', async () => {
    const now = new Date('2026-03-02T09:00:00Z');
    const { token, expiresAt } = await issueAccessToken(secret, 'account-1', now);

    expect(expiresAt.getTime() - now.getTime()).toBe(accessTokenLifetimeMs);
    expect(await verifyAccessToken(secret, token, new Date(now.getTime() + accessTokenLifetimeMs - 1000))).toEqual({
      ok: true,
      accountId: 'account-1',
      expiresAt,
    });
  });

  it('are refused as expired after their 15 minutes', async () => {
    const now = new Date('2026-03-02T09:00:00Z');
    const { token } = await issueAccessToken(secret, 'account-1', now);

    expect(await verifyAccessToken(secret, token, new Date(now.getTime() + accessTokenLifetimeMs + 1000))).toEqual({ ok: false, refusal: 'token_expired' });
  });

  it('are refused when signed with another secret', async () => {
    const { token } = await issueAccessToken(new Uint8Array(randomBytes(32)), 'account-1');

    expect(await verifyAccessToken(secret, token)).toEqual({ ok: false, refusal: 'unauthenticated' });
  });

  it.each([
    ['another audience', (jwt: SignJWT) => jwt.setIssuer('beraad').setAudience('elders')],
    ['another issuer', (jwt: SignJWT) => jwt.setIssuer('elders').setAudience('beraad')],
  ])('are refused with %s', async (_, claims) => {
    const token = await claims(new SignJWT({}).setProtectedHeader({ alg: 'HS256' }).setSubject('account-1').setExpirationTime('15m')).sign(secret);

    expect(await verifyAccessToken(secret, token)).toEqual({ ok: false, refusal: 'unauthenticated' });
  });

  it('refuse anything that is not a token', async () => {
    expect(await verifyAccessToken(secret, 'abc.def.ghi')).toEqual({ ok: false, refusal: 'unauthenticated' });
  });
});
