import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { invokeChannels } from '@shared/ipc/channels';
import { maxDocumentBytes } from '@shared/export/documentFile';
import { handle } from '../../../electron/main/ipc';
import { saveDocument, withDocumentExtension } from '../../../electron/main/saveDocument';
import { app, dialog, invokeMain, resetElectronMock } from '../electronMock';

let temp: string;
/** The start of every .docx: a ZIP local file header. */
const docx = new Uint8Array([0x50, 0x4b, 0x03, 0x04, 1, 2, 3]);
/** The start of every PDF: "%PDF-". */
const pdf = new Uint8Array([0x25, 0x50, 0x44, 0x46, 0x2d, 0x31, 0x2e, 0x37]);
/** A screening template file. */
const json = new TextEncoder().encode('{"name": "Screening"}\n');
const trusted = { senderFrame: { url: 'app://beraad/index.html' } };

beforeEach(async () => {
  resetElectronMock();
  temp = await mkdtemp(join(tmpdir(), 'beraad-save-document-'));
  app.getPath.mockImplementation((name: string) => join(temp, name));
});
afterEach(() => rm(temp, { recursive: true, force: true }));

describe('saveDocument', () => {
  it('offers the suggested name in Documents, for Word files, and writes where the user chose', async () => {
    dialog.showSaveDialog.mockResolvedValueOnce({ canceled: false, filePath: join(temp, 'gekozen.docx') });
    await expect(saveDocument({ suggestedName: 'advies-EA-2026-007.docx', bytes: docx })).resolves.toEqual({ saved: true });
    expect(dialog.showSaveDialog).toHaveBeenCalledExactlyOnceWith({
      defaultPath: join(temp, 'documents', 'advies-EA-2026-007.docx'),
      filters: [{ name: 'Word-document', extensions: ['docx'] }],
    });
    expect(new Uint8Array(await readFile(join(temp, 'gekozen.docx')))).toEqual(docx);
    expect(await readdir(temp)).toEqual(['gekozen.docx']);
  });

  it('adds .docx when the user typed a name without it', async () => {
    dialog.showSaveDialog.mockResolvedValueOnce({ canceled: false, filePath: join(temp, 'verslag') });
    await saveDocument({ suggestedName: 'verslag.docx', bytes: docx });
    expect(await readdir(temp)).toEqual(['verslag.docx']);
    expect(withDocumentExtension('/a/B.DOCX', 'docx')).toBe('/a/B.DOCX');
  });

  it('offers a PDF as a PDF and adds .pdf when the user left it out', async () => {
    dialog.showSaveDialog.mockResolvedValueOnce({ canceled: false, filePath: join(temp, 'advies') });
    await expect(saveDocument({ suggestedName: 'advies-EA-2026-007-openbaar.pdf', bytes: pdf })).resolves.toEqual({ saved: true });
    expect(dialog.showSaveDialog).toHaveBeenCalledExactlyOnceWith({
      defaultPath: join(temp, 'documents', 'advies-EA-2026-007-openbaar.pdf'),
      filters: [{ name: 'PDF-document', extensions: ['pdf'] }],
    });
    expect(new Uint8Array(await readFile(join(temp, 'advies.pdf')))).toEqual(pdf);
  });

  it('saves an ODT or a publication package under its own extension', async () => {
    dialog.showSaveDialog.mockResolvedValueOnce({ canceled: false, filePath: join(temp, 'pakket') });
    await saveDocument({ suggestedName: 'publicatiepakket-EA-2026-007.zip', bytes: docx });
    expect(dialog.showSaveDialog).toHaveBeenCalledWith(expect.objectContaining({ filters: [{ name: 'Publicatiepakket (zip)', extensions: ['zip'] }] }));
    expect(await readdir(temp)).toEqual(['pakket.zip']);
    expect(withDocumentExtension('/a/advies', 'odt')).toBe('/a/advies.odt');
  });

  it('offers a screening template as a JSON file and adds .json when the user left it out', async () => {
    dialog.showSaveDialog.mockResolvedValueOnce({ canceled: false, filePath: join(temp, 'sjabloon') });
    await expect(saveDocument({ suggestedName: 'screeningsjabloon-versie-2.json', bytes: json })).resolves.toEqual({ saved: true });
    expect(dialog.showSaveDialog).toHaveBeenCalledWith(expect.objectContaining({ filters: [{ name: 'JSON-bestand', extensions: ['json'] }] }));
    expect(new Uint8Array(await readFile(join(temp, 'sjabloon.json')))).toEqual(json);
  });

  it('writes nothing when the user cancels', async () => {
    await expect(saveDocument({ suggestedName: 'advies.docx', bytes: docx })).resolves.toEqual({ saved: false });
    expect(await readdir(temp)).toEqual([]);
  });
});

describe('saveDocument across the bridge: validated before the dialog opens', () => {
  beforeEach(() => handle('saveDocument', saveDocument));
  const call = (payload: unknown, event: unknown = trusted) => invokeMain(invokeChannels.saveDocument, event, payload);

  it.each([
    ['a name that is not .docx, .odt or .zip', { suggestedName: 'advies.exe', bytes: docx }],
    ['a bare extension', { suggestedName: '.docx', bytes: docx }],
    ['a path instead of a name', { suggestedName: '../../etc/advies.docx', bytes: docx }],
    ['bytes that are not a Word package', { suggestedName: 'advies.docx', bytes: pdf }],
    ['a Word package named .pdf', { suggestedName: 'advies.pdf', bytes: docx }],
    ['a bare .pdf', { suggestedName: '.pdf', bytes: pdf }],
    ['too many bytes', { suggestedName: 'advies.docx', bytes: Object.assign(new Uint8Array(maxDocumentBytes + 1), docx) }],
    ['extra fields', { suggestedName: 'advies.docx', bytes: docx, path: '/tmp/x.docx' }],
    ['a Word package named .json', { suggestedName: 'sjabloon.json', bytes: docx }],
    ['a .json that does not parse', { suggestedName: 'sjabloon.json', bytes: new TextEncoder().encode('{"name": ') }],
  ])('refuses %s', async (_, payload) => {
    await expect(call(payload)).resolves.toMatchObject({ ok: false, error: { code: 'invalid_payload' } });
    expect(dialog.showSaveDialog).not.toHaveBeenCalled();
  });

  it('refuses a sender outside the app', async () => {
    await expect(call({ suggestedName: 'advies.docx', bytes: docx }, { senderFrame: { url: 'https://evil.example/' } })).resolves.toMatchObject({
      ok: false,
      error: { code: 'untrusted_sender' },
    });
  });

  it('answers a valid request', async () => {
    await expect(call({ suggestedName: 'advies.docx', bytes: docx })).resolves.toEqual({ ok: true, value: { saved: false } });
    await expect(call({ suggestedName: 'advies.pdf', bytes: pdf })).resolves.toEqual({ ok: true, value: { saved: false } });
    await expect(call({ suggestedName: 'sjabloon.json', bytes: json })).resolves.toEqual({ ok: true, value: { saved: false } });
  });
});
