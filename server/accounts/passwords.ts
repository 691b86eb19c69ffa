import { hash, verify } from '@node-rs/argon2';

/**
 * Argon2id with OWASP's parameters (19 MiB, 2 passes, 1 lane): ~50 ms on the board's server,
 * slow enough to make a stolen database expensive to guess, fast enough for a login.
 */
const options = { algorithm: 2 /* Argon2id */, memoryCost: 19_456, timeCost: 2, parallelism: 1 } as const;

export function hashPassword(password: string): Promise<string> {
  return hash(password, options);
}

// Made once: verifying against it takes as long as against a real hash.
let dummyHash: Promise<string> | undefined;

/**
 * Whether `password` matches `stored`. Without a stored hash (an unknown e-mail, an account
 * not yet activated) it still verifies, against a dummy, so the time taken does not tell
 * which e-mail addresses have an account.
 */
export async function verifyPassword(stored: string | null, password: string): Promise<boolean> {
  if (stored === null) {
    await verify(await (dummyHash ??= hash('beraad-dummy-password', options)), password).catch(() => false);
    return false;
  }
  return verify(stored, password).catch(() => false);
}
