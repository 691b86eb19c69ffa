import { errors, jwtVerify, SignJWT } from 'jose';

/** Short, so a changed role or a deactivation reaches every instance at the next refresh at the latest. */
export const accessTokenLifetimeMs = 15 * 60 * 1000;
const issuer = 'beraad';
const audience = 'beraad';
const algorithm = 'HS256';

export interface AccessToken {
  token: string;
  expiresAt: Date;
}

/** An access token for one account: HS256, 15 minutes, `sub` the account's id. */
export async function issueAccessToken(secret: Uint8Array, accountId: string, now: Date = new Date()): Promise<AccessToken> {
  const expiresAt = new Date(now.getTime() + accessTokenLifetimeMs);
  const token = await new SignJWT({})
    .setProtectedHeader({ alg: algorithm })
    .setSubject(accountId)
    .setIssuer(issuer)
    .setAudience(audience)
    .setIssuedAt(Math.floor(now.getTime() / 1000))
    .setExpirationTime(Math.floor(expiresAt.getTime() / 1000))
    .sign(secret);
  return { token, expiresAt };
}

export type VerifiedToken = { ok: true; accountId: string; expiresAt: Date } | { ok: false; refusal: 'unauthenticated' | 'token_expired' };

/** The account an access token names, or why it does not count: expired, or anything else wrong (signature, issuer, audience, shape). */
export async function verifyAccessToken(secret: Uint8Array, token: string, now: Date = new Date()): Promise<VerifiedToken> {
  try {
    const { payload } = await jwtVerify(token, secret, { issuer, audience, algorithms: [algorithm], currentDate: now, requiredClaims: ['sub', 'exp'] });
    if (typeof payload.sub !== 'string' || typeof payload.exp !== 'number') return { ok: false, refusal: 'unauthenticated' };
    return { ok: true, accountId: payload.sub, expiresAt: new Date(payload.exp * 1000) };
  } catch (error) {
    return { ok: false, refusal: error instanceof errors.JWTExpired ? 'token_expired' : 'unauthenticated' };
  }
}
