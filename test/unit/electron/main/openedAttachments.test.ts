import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openFile } from '../../../../electron/main/handlers';
import { clearOpenedAttachments, installOpenedAttachmentsCleanup, openedAttachmentsFolder } from '../../../../electron/main/openedAttachments';
import { app, resetElectronMock, shell } from '../../electronMock';

let temp: string;
const bytes = new Uint8Array([37, 80, 68, 70, 45]);

beforeEach(async () => {
  resetElectronMock();
  temp = await mkdtemp(join(tmpdir(), 'beraad-opened-'));
  app.getPath.mockImplementation((name: string) => join(temp, name));
});
afterEach(() => rm(temp, { recursive: true, force: true }));

async function openedCopy(name: string): Promise<string> {
  await openFile({ name, bytes });
  return shell.openPath.mock.calls.at(-1)![0] as string;
}

/** What a previous session left: a copy in its own folder, as openFile makes them. */
async function leftFromLastTime(): Promise<string> {
  const folder = join(openedAttachmentsFolder(), 'c0ffee00-0000-4000-8000-000000000000');
  await mkdir(folder, { recursive: true });
  await writeFile(join(folder, 'Vertrouwelijk.pdf'), bytes);
  return join(folder, 'Vertrouwelijk.pdf');
}

describe('opened attachments', () => {
  it('are copied into the app’s own folder of the user, not the shared temp folder', async () => {
    const copy = await openedCopy('Verslag.pdf');
    expect(copy.startsWith(join(temp, 'userData', 'opened-attachments'))).toBe(true);
  });

  it('are removed when the app quits', async () => {
    installOpenedAttachmentsCleanup();
    const copies = [await openedCopy('Verslag.pdf'), await openedCopy('Foto.png')];
    expect(copies.every((copy) => existsSync(copy))).toBe(true);
    app.quit();
    expect(app.hasQuit).toBe(true);
    expect(copies.some((copy) => existsSync(copy))).toBe(false);
    expect(await readdir(openedAttachmentsFolder())).toEqual([]);
  });

  it('left behind by a crash are removed at the next start', async () => {
    const left = await leftFromLastTime();
    installOpenedAttachmentsCleanup();
    expect(existsSync(left)).toBe(false);
    expect(await readdir(openedAttachmentsFolder())).toEqual([]);
  });

  it('are the only thing removed: the rest of the app’s folder stays', async () => {
    await leftFromLastTime();
    await writeFile(join(temp, 'userData', 'backup-folder.json'), '{}');
    clearOpenedAttachments();
    expect((await readdir(join(temp, 'userData'))).sort()).toEqual(['backup-folder.json', 'opened-attachments']);
  });

  it('need no folder: a first start has nothing to remove', () => {
    expect(() => installOpenedAttachmentsCleanup()).not.toThrow();
    expect(existsSync(openedAttachmentsFolder())).toBe(false);
  });
});
