import { createHash, randomBytes, randomInt } from 'node:crypto';

/** Letters and digits nobody confuses when reading a code aloud or off paper: no 0/O, 1/I/L, U/V. */
const codeAlphabet = '23456789ABCDEFGHJKMNPQRSTWXYZ';

/** A one-time code as XXXX-XXXX-XXXX-XXXX (~77 bits). */
export function newOneTimeCode(): string {
  const chars = Array.from({ length: 16 }, () => codeAlphabet[randomInt(codeAlphabet.length)]);
  return [0, 4, 8, 12].map((start) => chars.slice(start, start + 4).join('')).join('-');
}

/** What is stored of a one-time code: typed with or without dashes, in any case, it hashes the same. */
export function hashOneTimeCode(code: string): string {
  return sha256(code.replace(/-/g, '').toUpperCase());
}

/** A refresh token: 256 random bits; only its SHA-256 is stored. */
export function newRefreshToken(): string {
  return randomBytes(32).toString('base64url');
}

export function sha256(text: string): string {
  return createHash('sha256').update(text).digest('hex');
}
