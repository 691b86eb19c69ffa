import { mkdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { app, safeStorage } from 'electron';
import { keptSessionSchema } from '@shared/accounts/accountSchema';
import type { Handler } from './ipc';

/*
 * The board-mode sign-in, encrypted with the operating system's key store
 * (Keychain, DPAPI, libsecret) so another user of this computer, or a copied
 * profile, cannot use it. Where no key store is available nothing is written:
 * the person then signs in again after each start rather than leaving a
 * usable token in plain text.
 */
const sessionFile = () => join(app.getPath('userData'), 'board-session.bin');

export const boardSessionRead: Handler<'boardSessionRead'> = async () => {
  if (!safeStorage.isEncryptionAvailable()) return { session: null };
  try {
    const parsed = keptSessionSchema.safeParse(JSON.parse(safeStorage.decryptString(await readFile(sessionFile()))));
    return { session: parsed.success ? parsed.data : null };
  } catch {
    // None kept yet, or one this machine's key can no longer open: the person signs in again.
    return { session: null };
  }
};

/** Written beside and renamed, so a crash leaves the old sign-in or the new one, never half a file. */
export const boardSessionWrite: Handler<'boardSessionWrite'> = async ({ session }) => {
  if (session === null) {
    await rm(sessionFile(), { force: true });
    return { kept: true };
  }
  if (!safeStorage.isEncryptionAvailable()) return { kept: false };
  await mkdir(app.getPath('userData'), { recursive: true });
  const partial = `${sessionFile()}.part`;
  await writeFile(partial, safeStorage.encryptString(JSON.stringify(session)), { mode: 0o600 });
  await rename(partial, sessionFile());
  return { kept: true };
};
