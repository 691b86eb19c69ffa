import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { invokeChannels } from '@shared/ipc/channels';
import { backupFileName } from '@shared/backup/fileNames';
import { backupChooseFolder, backupStatus, backupWrite } from '../../../electron/main/backupStore';
import { registerHandlers } from '../../../electron/main/handlers';
import { app, dialog, invokeMain, resetElectronMock } from '../electronMock';

let temp: string;
const bytes = new Uint8Array([80, 75, 3, 4, 1, 2, 3]);
const retention = { daily: 7, weekly: 4, monthly: 12 };
const showOpenDialog = vi.fn();

beforeEach(async () => {
  resetElectronMock();
  temp = await mkdtemp(join(tmpdir(), 'beraad-backup-'));
  app.getPath.mockImplementation((name: string) => join(temp, name));
  // The shared mock has no open dialog; this test is the only one that needs it.
  Object.assign(dialog, { showOpenDialog });
  showOpenDialog.mockReset();
});
afterEach(async () => {
  vi.useRealTimers();
  await rm(temp, { recursive: true, force: true });
});

const defaultFolder = () => join(temp, 'userData', 'backups');

describe('backupWrite', () => {
  it('writes into the default folder under a name main chooses, with nothing half-written left', async () => {
    const result = await backupWrite({ bytes, reason: 'scheduled', retention });
    expect(result.fileName).toMatch(/^beraad-back-up-\d{4}-\d{2}-\d{2}T\d{2}-\d{2}-\d{2}-\d{3}Z-scheduled\.zip$/);
    expect(await readdir(defaultFolder())).toEqual([result.fileName]);
    expect(new Uint8Array(await readFile(join(defaultFolder(), result.fileName)))).toEqual(bytes);
  });

  it('thins automatic backups by the retention rules and leaves every other file alone', async () => {
    await mkdir(defaultFolder(), { recursive: true });
    const old = Array.from({ length: 10 }, (_, i) => backupFileName(new Date(Date.UTC(2026, 10, 1 + i, 10)), 'scheduled'));
    const kept = [backupFileName(new Date(Date.UTC(2026, 0, 5, 10)), 'beforeRestore'), 'mijn-eigen-kopie.zip', 'notities.txt'];
    for (const name of [...old, ...kept]) await writeFile(join(defaultFolder(), name), 'x');
    vi.useFakeTimers({ now: new Date(Date.UTC(2026, 10, 12, 10)), toFake: ['Date'] });

    const result = await backupWrite({ bytes, reason: 'quit', retention: { daily: 3, weekly: 0, monthly: 0 } });
    const left = await readdir(defaultFolder());
    expect(left.sort()).toEqual([...kept, result.fileName, old[9]!, old[8]!].sort());
    expect(result.removed).toBe(8);
  });

  it('refuses a payload that names a folder or a file: the contract has no such fields', async () => {
    registerHandlers();
    const event = { senderFrame: { url: 'app://beraad/index.html' } };
    const answer = await invokeMain(invokeChannels.backupWrite, event, { bytes, reason: 'scheduled', retention, fileName: '../../evil.zip' });
    expect(answer).toMatchObject({ ok: false, error: { code: 'invalid_payload' } });
    const badReason = await invokeMain(invokeChannels.backupWrite, event, { bytes, reason: 'manual', retention });
    expect(badReason).toMatchObject({ ok: false, error: { code: 'invalid_payload' } });
    await expect(readdir(defaultFolder())).rejects.toThrow();
  });
});

describe('backup folder', () => {
  it('reports the default folder and its backups, newest first', async () => {
    const first = await backupWrite({ bytes, reason: 'scheduled', retention });
    await new Promise((resolve) => setTimeout(resolve, 5));
    const second = await backupWrite({ bytes, reason: 'beforeRestore', retention });
    const status = await backupStatus(undefined);
    expect(status).toMatchObject({ folder: defaultFolder(), isDefault: true });
    expect(status.backups.map((b) => [b.fileName, b.reason, b.bytes])).toEqual([
      [second.fileName, 'beforeRestore', bytes.length],
      [first.fileName, 'scheduled', bytes.length],
    ]);
  });

  it('moves to a folder the user picks in main’s own dialog, and stays there', async () => {
    const chosen = join(temp, 'netwerkschijf');
    await mkdir(chosen);
    showOpenDialog.mockResolvedValueOnce({ canceled: false, filePaths: [chosen] });
    expect(await backupChooseFolder(undefined)).toEqual({ folder: chosen });
    const { fileName } = await backupWrite({ bytes, reason: 'scheduled', retention });
    expect(await readdir(chosen)).toEqual([fileName]);
    expect(await backupStatus(undefined)).toMatchObject({ folder: chosen, isDefault: false });
  });

  it('keeps the folder when the user cancels the dialog', async () => {
    showOpenDialog.mockResolvedValueOnce({ canceled: true, filePaths: [] });
    expect(await backupChooseFolder(undefined)).toEqual({ folder: null });
    expect(await backupStatus(undefined)).toMatchObject({ folder: defaultFolder(), isDefault: true });
  });
});
