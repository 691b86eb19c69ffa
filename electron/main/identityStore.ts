import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { app } from 'electron';
import { databaseIdentitySchema } from '@shared/storage/databaseIdentitySchema';
import type { Handler } from './ipc';

/*
 * A copy of the database's identity outside the browser profile's storage, so
 * a profile that lost both its IndexedDB and its localStorage is still noticed.
 */
const identityFile = () => join(app.getPath('userData'), 'database-identity.json');

export const identityRead: Handler<'identityRead'> = async () => {
  try {
    const parsed = databaseIdentitySchema.safeParse(JSON.parse(await readFile(identityFile(), 'utf8')));
    return { identity: parsed.success ? parsed.data : null };
  } catch {
    // No file yet (a first start) or an unreadable one: the renderer still has localStorage.
    return { identity: null };
  }
};

/** Written beside and renamed, so a crash leaves the old identity or the new one, never half a file. */
export const identityWrite: Handler<'identityWrite'> = async ({ identity }) => {
  await mkdir(app.getPath('userData'), { recursive: true });
  const partial = `${identityFile()}.part`;
  await writeFile(partial, JSON.stringify(identity));
  await rename(partial, identityFile());
  return { written: true };
};
