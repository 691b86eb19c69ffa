import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join, relative, sep } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { invokeChannels } from '@shared/ipc/channels';
import { appInfo, openExternal, openFile, registerHandlers, saveFile } from '../../../../electron/main/handlers';
import { app, BrowserWindow, dialog, invokeMain, ipcMain, resetElectronMock, shell } from '../../electronMock';

let temp: string;
const bytes = new Uint8Array([37, 80, 68, 70, 45]);

beforeEach(async () => {
  resetElectronMock();
  temp = await mkdtemp(join(tmpdir(), 'beraad-handlers-'));
  app.getPath.mockImplementation((name: string) => join(temp, name));
});
afterEach(() => rm(temp, { recursive: true, force: true }));

describe('saveFile', () => {
  it('writes the bytes where the user chose, offering the suggested name in Documents', async () => {
    const target = join(temp, 'chosen.docx');
    dialog.showSaveDialog.mockResolvedValueOnce({ canceled: false, filePath: target });
    await expect(saveFile({ suggestedName: 'advies.docx', bytes })).resolves.toEqual({ saved: true });
    expect(dialog.showSaveDialog).toHaveBeenCalledExactlyOnceWith({ defaultPath: join(temp, 'documents', 'advies.docx') });
    expect(new Uint8Array(await readFile(target))).toEqual(bytes);
  });

  it('attaches the dialog to the focused window', async () => {
    const window = new BrowserWindow();
    BrowserWindow.getFocusedWindow.mockReturnValue(window);
    await saveFile({ suggestedName: 'advies.docx', bytes });
    expect(dialog.showSaveDialog).toHaveBeenCalledWith(window, expect.objectContaining({ defaultPath: expect.stringMatching(/advies\.docx$/) }));
  });

  it('writes nothing when the user cancels', async () => {
    await expect(saveFile({ suggestedName: 'advies.docx', bytes })).resolves.toEqual({ saved: false });
    expect(await readdir(temp)).toEqual([]);
  });
});

describe('openFile', () => {
  it('writes the attachment to a fresh private folder and opens that copy', async () => {
    await expect(openFile({ name: 'Verslag 2024.pdf', bytes })).resolves.toEqual({ opened: true });
    const opened = shell.openPath.mock.calls[0]?.[0] as string;
    expect(relative(join(temp, 'userData', 'opened-attachments'), opened).split(sep)).toEqual([expect.stringMatching(/^[0-9a-f-]{36}$/), 'Verslag 2024.pdf']);
    expect(new Uint8Array(await readFile(opened))).toEqual(bytes);
  });

  it('never reuses a folder, so an open copy is never overwritten', async () => {
    await openFile({ name: 'a.pdf', bytes });
    await openFile({ name: 'a.pdf', bytes: new Uint8Array([1]) });
    const [first, second] = shell.openPath.mock.calls.map(([path]) => path as string);
    expect(dirname(first!)).not.toBe(dirname(second!));
    expect(new Uint8Array(await readFile(first!))).toEqual(bytes);
  });

  it.each(['setup.exe', 'run.sh', 'page.html', 'drawing.svg', 'report.pdf.lnk', 'pdf', '.pdf', 'archive.zip'])(
    'refuses %s: only documents and images may be handed to the system',
    async (name) => {
      await expect(openFile({ name, bytes })).resolves.toEqual({ opened: false });
      expect(shell.openPath).not.toHaveBeenCalled();
      expect(await readdir(temp)).toEqual([]);
    },
  );

  it('reports the system’s reason when no application can open the file', async () => {
    shell.openPath.mockResolvedValueOnce('No application is associated with the specified file');
    await expect(openFile({ name: 'a.odt', bytes })).rejects.toThrow('No application is associated with the specified file');
  });
});

describe('openExternal', () => {
  it('opens https in the system browser', async () => {
    await expect(openExternal({ url: 'https://www.example.nl/advies' })).resolves.toEqual({ opened: true });
    expect(shell.openExternal).toHaveBeenCalledExactlyOnceWith('https://www.example.nl/advies');
  });

  it.each(['javascript:alert(1)', 'http://example.org', 'mailto:a@example.org', 'file:///etc/passwd', 'ms-msdt:/id', 'https://user:pw@example.org'])('refuses %s', async (url) => {
    await expect(openExternal({ url })).resolves.toEqual({ opened: false });
    expect(shell.openExternal).not.toHaveBeenCalled();
  });
});

describe('appInfo', () => {
  it('reports the app version and the platform', async () => {
    expect(await appInfo(undefined)).toEqual({ version: '1.2.3-test', platform: process.platform });
  });
});

describe('registerHandlers', () => {
  it('answers every bridge channel through the checked wrapper', async () => {
    registerHandlers();
    expect([...ipcMain.handlers.keys()].sort()).toEqual(Object.values(invokeChannels).sort());
    await expect(invokeMain(invokeChannels.appInfo, { senderFrame: { url: 'app://beraad/index.html' } }, undefined)).resolves.toEqual({
      ok: true,
      value: { version: '1.2.3-test', platform: process.platform },
    });
    await expect(invokeMain(invokeChannels.appInfo, { senderFrame: null }, undefined)).resolves.toMatchObject({ ok: false });
  });
});
