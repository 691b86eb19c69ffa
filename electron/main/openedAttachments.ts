import { randomUUID } from 'node:crypto';
import { readdirSync, rmSync } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { app } from 'electron';

/*
 * Copies of attachments handed to the system's viewer. They are as
 * confidential as the database, so they sit beside it in the user's own app
 * folder (not the shared temp folder, where on Linux another user could have
 * made the name first), and last no longer than the session: they go when the
 * app quits, and whatever a crash or a viewer still holding a file left behind
 * goes at the next start.
 */
export const openedAttachmentsFolder = () => join(app.getPath('userData'), 'opened-attachments');

/** A fresh folder per file, so names never collide and a copy that is still open is never overwritten. */
export async function newOpenedAttachmentFolder(): Promise<string> {
  const folder = join(openedAttachmentsFolder(), randomUUID());
  await mkdir(folder, { recursive: true, mode: 0o700 });
  return folder;
}

/**
 * Removes every copy it can. Synchronous, because it also runs as the app
 * quits, when nothing waits for a promise. A file that cannot go (Windows
 * keeps a file open in Word locked) stays for the next start and does not
 * stop the others.
 */
export function clearOpenedAttachments(): void {
  const folder = openedAttachmentsFolder();
  let entries: string[];
  try {
    entries = readdirSync(folder);
  } catch {
    return;
  }
  for (const entry of entries) {
    try {
      rmSync(join(folder, entry), { recursive: true, force: true });
    } catch (error) {
      console.error('Removing an opened attachment failed', error);
    }
  }
}

export function installOpenedAttachmentsCleanup(): void {
  clearOpenedAttachments();
  app.on('quit', clearOpenedAttachments);
}
