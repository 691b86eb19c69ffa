import { randomUUID } from 'node:crypto';
import { join } from 'node:path';
import sqlite3 from 'sqlite3';
import { describe, expect, it } from 'vitest';
import { accountPaths, type Session } from '@shared/accounts/accountSchema';
import { boardDocumentName, caseDocumentName, helloToken, syncProtocolVersion } from '@shared/sync/protocol';
import { readConflictPolicy, writeConflictPolicy } from '@shared/sync/boardSettings';
import { readRecord, writeRecord } from '@shared/sync/recordMap';
import { createSqliteAccountStore } from '../../../../server/accounts/sqliteAccountStore';
import { issueAccessToken } from '../../../../server/accounts/tokens';
import { createAccountSession } from '../../../support/accounts';
import { openClient, refusal, textArrives, within, type YjsClient } from '../../../support/yjsClient';
import { type InProcessServer, useInProcessServers } from '../inProcessServer';

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Resolves with the reason the server gives when it closes the client's document. */
function closedWith(client: YjsClient): Promise<string> {
  return within(new Promise<string>((resolve) => client.provider.on('close', ({ event }: { event: { reason: string } }) => resolve(event.reason))), 'the server closes the document');
}

/** Declares a conflict of interest with the measure 'neemt_niet_deel' for the person on the case, as the app writes it. */
function declareConflict(client: YjsClient, caseId: string, personId: string) {
  writeRecord(
    client.doc,
    'caseBoards',
    caseId,
    {
      caseId,
      members: [],
      conflicts: [{ personId, declaredOn: '2026-03-02', description: 'Zus van de aanvrager', measure: 'neemt_niet_deel' }],
      note: '',
      updatedAt: '2026-03-02T09:00:00.000Z',
    },
    null,
  );
}

/**
 * Makes an edit through `client` and then checks, with a fresh secretary's client, whether the server kept it.
 * A read-only connection's update is answered but never applied, so there is no acknowledgement to wait for.
 */
async function serverKeeps(servers: ReturnType<typeof useInProcessServers>, server: InProcessServer, client: YjsClient, documentName: string, text: string) {
  client.doc.getText('notes').insert(0, text);
  await sleep(400);
  const reader = await servers.connect(server, documentName);
  return reader.doc.getText('notes').toString().includes(text);
}

describe('documentAuthorization', () => {
  const servers = useInProcessServers();

  it.each([
    ['another version', JSON.stringify({ protocol: syncProtocolVersion + 1, accessToken: 'x' }), 'other_version'],
    ['the hello of the version before accounts', JSON.stringify({ protocol: 1 }), 'other_version'],
    ['not JSON', '{protocol', 'other_version'],
    ['no access token', JSON.stringify({ protocol: syncProtocolVersion }), 'unauthenticated'],
    ['a made-up access token', helloToken('eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiJ4In0.c2lnbmF0dXVy'), 'unauthenticated'],
  ])('refuses an app with %s before anything is exchanged', async (_what, token, reason) => {
    const server = await servers.start(await servers.newDataDir());
    const writer = await servers.connect(server, boardDocumentName);
    writer.doc.getText('name').insert(0, 'Ethische commissie');
    await writer.acknowledged();

    const stranger = openClient(server.url, boardDocumentName, token);
    try {
      expect(await refusal(stranger)).toBe(reason);
      stranger.doc.getText('name').insert(0, 'Overgenomen ');
      await sleep(300);
      expect(stranger.doc.getText('name').toString()).toBe('Overgenomen ');
    } finally {
      stranger.close();
    }
    const reader = await servers.connect(server, boardDocumentName);
    expect(reader.doc.getText('name').toString()).toBe('Ethische commissie');
  });

  it('never loads or stores a document for someone it refuses', async () => {
    const dataDir = await servers.newDataDir();
    const server = await servers.start(dataDir);
    const guest = await createAccountSession(server.httpUrl, server.secretary, { role: 'gast', caseIds: [] });
    const refusedCase = caseDocumentName(randomUUID());
    for (const token of [helloToken(guest.accessToken), helloToken('geen-token')]) {
      const client = openClient(server.url, refusedCase, token);
      try {
        await refusal(client);
      } finally {
        client.close();
      }
    }
    await server.stop();

    const db = new sqlite3.Database(join(dataDir, 'board.sqlite'));
    const names = await new Promise<string[]>((resolve, reject) =>
      db.all('SELECT name FROM documents', (error, rows: { name: string }[]) => (error ? reject(error) : resolve(rows.map((row) => row.name)))),
    );
    await new Promise<void>((resolve) => db.close(() => resolve()));
    expect(names).not.toContain(refusedCase);
  });

  it('refuses an expired access token as expired', async () => {
    const dataDir = await servers.newDataDir();
    const server = await servers.start(dataDir);
    const store = createSqliteAccountStore(join(dataDir, 'accounts.sqlite'));
    const secret = await store.signingSecret();
    await store.close();
    const { token } = await issueAccessToken(secret, server.secretary.account.id, new Date(Date.now() - 16 * 60_000));

    const late = openClient(server.url, boardDocumentName, helloToken(token));
    try {
      expect(await refusal(late)).toBe('token_expired');
    } finally {
      late.close();
    }
  });

  it('keeps a connection open past its token when the app sends the refreshed one, and closes one whose token ran out', async () => {
    const dataDir = await servers.newDataDir();
    const server = await servers.start(dataDir, { accountRecheckMs: 200 });
    const store = createSqliteAccountStore(join(dataDir, 'accounts.sqlite'));
    const secret = await store.signingSecret();
    await store.close();
    // Tokens with a second and a half left, as an app's would be just before it refreshes.
    const almostExpired = async () =>
      helloToken((await issueAccessToken(secret, server.secretary.account.id, new Date(Date.now() - 15 * 60_000 + 1500))).token);
    const document = caseDocumentName(randomUUID());
    const refreshing = await servers.connect(server, document, await almostExpired());
    const lapsing = await servers.connect(server, document, await almostExpired());
    const lapsed = closedWith(lapsing);

    refreshing.provider.configuration.token = server.token;
    await refreshing.provider.sendToken();

    expect(await lapsed).toBe('token_expired');
    const reader = await servers.connect(server, document);
    refreshing.doc.getText('notes').insert(0, 'Nog steeds verbonden');
    await textArrives(reader, 'notes', 'Nog steeds verbonden');
  });

  it('gives a guest only the cases they were invited to, read-only', async () => {
    const server = await servers.start(await servers.newDataDir());
    const [invited, other] = [randomUUID(), randomUUID()];
    const secretary = await servers.connect(server, caseDocumentName(invited));
    secretary.doc.getText('notes').insert(0, 'Openbare toelichting');
    await secretary.acknowledged();
    const guest = await createAccountSession(server.httpUrl, server.secretary, { role: 'gast', caseIds: [invited] });
    const guestToken = helloToken(guest.accessToken);

    for (const refused of [boardDocumentName, caseDocumentName(other)]) {
      const client = openClient(server.url, refused, guestToken);
      try {
        expect(await refusal(client, `the guest is refused ${refused}`)).toBe('forbidden');
      } finally {
        client.close();
      }
    }
    const reading = await servers.connect(server, caseDocumentName(invited), guestToken);
    expect(reading.doc.getText('notes').toString()).toBe('Openbare toelichting');
    expect(reading.provider.authorizedScope).toBe('readonly');
    expect(await serverKeeps(servers, server, reading, caseDocumentName(invited), 'Door de gast ')).toBe(false);
  });

  it('lets a member with a conflict of interest on case A read A but not change it, and still change case B', async () => {
    const dataDir = await servers.newDataDir();
    const server = await servers.start(dataDir);
    const personId = randomUUID();
    const [caseA, caseB] = [randomUUID(), randomUUID()];
    const secretary = await servers.connect(server, caseDocumentName(caseA));
    declareConflict(secretary, caseA, personId);
    await secretary.acknowledged();
    // Stopped and started again: the conflict is read from storage, not from a document in memory.
    secretary.close();
    await server.stop();
    const restarted = await servers.start(dataDir);
    const member: Session = await createAccountSession(restarted.httpUrl, restarted.secretary, { role: 'lid', personId });
    const memberToken = helloToken(member.accessToken);

    const onA = await servers.connect(restarted, caseDocumentName(caseA), memberToken);
    const onB = await servers.connect(restarted, caseDocumentName(caseB), memberToken);

    expect(readRecord(onA.doc, 'caseBoards', caseA)).not.toBeNull();
    expect(await serverKeeps(servers, restarted, onA, caseDocumentName(caseA), 'Mijn oordeel ')).toBe(false);
    expect(await serverKeeps(servers, restarted, onB, caseDocumentName(caseB), 'Mijn oordeel ')).toBe(true);
  });

  it('refuses a member with a conflict of interest the case when the board excludes such members, read from storage, and leaves their other cases', async () => {
    const dataDir = await servers.newDataDir();
    const server = await servers.start(dataDir);
    const personId = randomUUID();
    const [caseA, caseB] = [randomUUID(), randomUUID()];
    const board = await servers.connect(server, boardDocumentName);
    writeConflictPolicy(board.doc, 'excluded');
    await board.acknowledged();
    const secretary = await servers.connect(server, caseDocumentName(caseA));
    declareConflict(secretary, caseA, personId);
    await secretary.acknowledged();
    board.close();
    secretary.close();
    await server.stop();
    const restarted = await servers.start(dataDir);
    const member = await createAccountSession(restarted.httpUrl, restarted.secretary, { role: 'lid', personId });

    const onA = openClient(restarted.url, caseDocumentName(caseA), helloToken(member.accessToken));
    try {
      expect(await refusal(onA)).toBe('forbidden');
      expect(readRecord(onA.doc, 'caseBoards', caseA)).toBeNull();
    } finally {
      onA.close();
    }
    const onB = await servers.connect(restarted, caseDocumentName(caseB), helloToken(member.accessToken));
    expect(await serverKeeps(servers, restarted, onB, caseDocumentName(caseB), 'Mijn oordeel ')).toBe(true);
  });

  it('closes a member’s open case once the secretary excludes members with a conflict, and undoes a member’s own change of that setting', async () => {
    const server = await servers.start(await servers.newDataDir());
    const personId = randomUUID();
    const caseId = randomUUID();
    const secretaryOnBoard = await servers.connect(server, boardDocumentName);
    const secretary = await servers.connect(server, caseDocumentName(caseId));
    declareConflict(secretary, caseId, personId);
    await secretary.acknowledged();
    const member = await createAccountSession(server.httpUrl, server.secretary, { role: 'lid', personId });
    const memberOnBoard = await servers.connect(server, boardDocumentName, helloToken(member.accessToken));
    const onCase = await servers.connect(server, caseDocumentName(caseId), helloToken(member.accessToken));

    const closed = closedWith(onCase);
    writeConflictPolicy(secretaryOnBoard.doc, 'excluded');
    expect(await closed).toBe('forbidden');

    await within(
      (async () => {
        while (readConflictPolicy(memberOnBoard.doc) !== 'excluded') await sleep(50);
      })(),
      'the setting reaches the member',
    );
    writeConflictPolicy(memberOnBoard.doc, 'readOnly');
    await sleep(400);
    const reader = await servers.connect(server, boardDocumentName);
    expect(readConflictPolicy(reader.doc)).toBe('excluded');
    expect(readConflictPolicy(memberOnBoard.doc)).toBe('excluded');
  });

  it('makes an open connection read-only when a conflict of interest is declared on the case', async () => {
    const server = await servers.start(await servers.newDataDir());
    const personId = randomUUID();
    const caseId = randomUUID();
    const member = await createAccountSession(server.httpUrl, server.secretary, { role: 'lid', personId });
    const onCase = await servers.connect(server, caseDocumentName(caseId), helloToken(member.accessToken));
    const secretary = await servers.connect(server, caseDocumentName(caseId));
    onCase.doc.getText('notes').insert(0, 'Eerst ');
    await textArrives(secretary, 'notes', 'Eerst ');

    declareConflict(secretary, caseId, personId);
    await secretary.acknowledged();

    expect(await serverKeeps(servers, server, onCase, caseDocumentName(caseId), 'Daarna ')).toBe(false);
  });

  it("closes a guest's open case when the secretary takes the invitation back, and a deactivated member's documents", async () => {
    const server = await servers.start(await servers.newDataDir());
    const caseId = randomUUID();
    const guest = await createAccountSession(server.httpUrl, server.secretary, { role: 'gast', caseIds: [caseId] });
    const member = await createAccountSession(server.httpUrl, server.secretary, { role: 'lid' });
    const guestOnCase = await servers.connect(server, caseDocumentName(caseId), helloToken(guest.accessToken));
    const memberOnBoard = await servers.connect(server, boardDocumentName, helloToken(member.accessToken));
    const guestClosed = closedWith(guestOnCase);
    const memberClosed = closedWith(memberOnBoard);
    const patch = (id: string, body: unknown) =>
      fetch(`${server.httpUrl}${accountPaths.account(id)}`, {
        method: 'PATCH',
        headers: { Authorization: `Bearer ${server.secretary.accessToken}`, 'Content-Type': 'application/json' },
        body: JSON.stringify(body),
      });

    await patch(guest.account.id, { caseIds: [] });
    await patch(member.account.id, { active: false });

    expect(await guestClosed).toBe('forbidden');
    expect(await memberClosed).toBe('unauthenticated');
    const secretary = await servers.connect(server, boardDocumentName);
    memberOnBoard.doc.getText('name').insert(0, 'Na het vertrek');
    await sleep(300);
    expect(secretary.doc.getText('name').toString()).toBe('');
  });
});
