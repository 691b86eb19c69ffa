import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { KeptSession } from '@shared/accounts/accountSchema';
import { invokeChannels } from '@shared/ipc/channels';
import { boardSessionRead, boardSessionWrite } from '../../../../electron/main/boardSessionStore';
import { registerHandlers } from '../../../../electron/main/handlers';
import { app, invokeMain, resetElectronMock, safeStorage } from '../../electronMock';
import { sampleAccount } from '../../../fixtures/account';

let temp: string;
const session: KeptSession = {
  serverUrl: 'wss://beraad.gemeente.nl',
  refreshToken: 'geheim-verversingstoken-0123456789',
  refreshExpiresAt: '2027-01-05T10:00:00.000Z',
  account: { ...sampleAccount, role: 'secretaris' },
};
const sessionFile = () => join(temp, 'userData', 'board-session.bin');
const trusted = { senderFrame: { url: 'app://beraad/index.html' } };

beforeEach(async () => {
  resetElectronMock();
  temp = await mkdtemp(join(tmpdir(), 'beraad-session-'));
  app.getPath.mockImplementation((name: string) => join(temp, name));
});
afterEach(() => rm(temp, { recursive: true, force: true }));

describe('the kept board-mode sign-in', () => {
  it('reads back what it kept, and the file never holds the token in plain text', async () => {
    expect(await boardSessionWrite({ session })).toEqual({ kept: true });
    expect(await boardSessionRead(undefined)).toEqual({ session });
    const raw = await readFile(sessionFile(), 'latin1');
    expect(raw).not.toContain(session.refreshToken);
    expect(raw).not.toContain('anna@gemeente.nl');
    expect(await readdir(join(temp, 'userData'))).toEqual(['board-session.bin']);
  });

  it('writes nothing where the operating system has no key store', async () => {
    safeStorage.isEncryptionAvailable.mockReturnValue(false);
    expect(await boardSessionWrite({ session })).toEqual({ kept: false });
    await expect(readFile(sessionFile())).rejects.toThrow(/ENOENT/);
    expect(await boardSessionRead(undefined)).toEqual({ session: null });
  });

  it('forgets the sign-in on null', async () => {
    await boardSessionWrite({ session });
    expect(await boardSessionWrite({ session: null })).toEqual({ kept: true });
    expect(await boardSessionRead(undefined)).toEqual({ session: null });
  });

  it('reads a file it cannot decrypt or that holds no valid sign-in as none', async () => {
    await boardSessionWrite({ session });
    await writeFile(sessionFile(), 'plain text a copied profile might hold');
    expect(await boardSessionRead(undefined)).toEqual({ session: null });
    await writeFile(sessionFile(), safeStorage.encryptString(JSON.stringify({ ...session, refreshToken: '' })));
    expect(await boardSessionRead(undefined)).toEqual({ session: null });
  });

  it('refuses a payload that is not a sign-in before anything is written', async () => {
    registerHandlers();
    const result = await invokeMain(invokeChannels.boardSessionWrite, trusted, { session: { ...session, account: { name: 'Iemand' } } });
    expect(result).toMatchObject({ ok: false, error: { code: 'invalid_payload' } });
    await expect(readFile(sessionFile())).rejects.toThrow(/ENOENT/);
  });
});
