import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { writeConflictPolicy } from '@shared/sync/boardSettings';
import { decodeSnapshot, documentSnapshotPath } from '@shared/sync/documentSnapshot';
import { boardDocumentName, caseDocumentName } from '@shared/sync/protocol';
import { readRecord, writeRecord } from '@shared/sync/recordMap';
import { createAccountSession } from '../../../support/accounts';
import { useInProcessServers } from '../inProcessServer';

/** What the endpoint answers `accessToken`: the status, and each document it sent as a Y.Doc by name. */
async function snapshot(httpUrl: string, accessToken: string | null): Promise<{ status: number; documents: Map<string, Y.Doc> }> {
  const response = await fetch(`${httpUrl}${documentSnapshotPath}`, {
    headers: accessToken === null ? {} : { Authorization: `Bearer ${accessToken}` },
    signal: AbortSignal.timeout(10_000),
  });
  const documents = new Map<string, Y.Doc>();
  if (!response.ok) return { status: response.status, documents };
  for (const { name, state } of decodeSnapshot(new Uint8Array(await response.arrayBuffer())) ?? []) {
    const doc = new Y.Doc();
    Y.applyUpdate(doc, state);
    documents.set(name, doc);
  }
  return { status: response.status, documents };
}

const title = (doc: Y.Doc | undefined, caseId: string) => (doc ? readRecord(doc, 'cases', caseId)?.title : undefined);

describe('snapshotEndpoint', () => {
  const servers = useInProcessServers();

  it('sends the secretary every document, one open on the server as it is now rather than as stored', async () => {
    const dataDir = await servers.newDataDir();
    const first = await servers.start(dataDir);
    const [stored, open] = [randomUUID(), randomUUID()];
    const writer = await servers.connect(first, caseDocumentName(stored));
    writeRecord(writer.doc, 'cases', stored, { id: stored, title: 'Bewaard' }, null);
    const board = await servers.connect(first, boardDocumentName);
    board.doc.getMap('caseIndex').set(stored, true);
    await Promise.all([writer.acknowledged(), board.acknowledged()]);
    writer.close();
    board.close();
    await first.stop();
    // Started again: the stored documents come from the database, not from memory.
    const server = await servers.start(dataDir);
    const typing = await servers.connect(server, caseDocumentName(open));
    writeRecord(typing.doc, 'cases', open, { id: open, title: 'Net getypt' }, null);
    const editing = await servers.connect(server, caseDocumentName(stored));
    // Asked at once: the server stores an edit only half a second after typing pauses.
    writeRecord(editing.doc, 'cases', stored, { title: 'Gewijzigd' }, ['title']);
    await Promise.all([typing.acknowledged(), editing.acknowledged()]);

    const { status, documents } = await snapshot(server.httpUrl, server.secretary.accessToken);

    expect(status).toBe(200);
    expect([...documents.keys()].sort()).toEqual([boardDocumentName, caseDocumentName(stored), caseDocumentName(open)].sort());
    expect(title(documents.get(caseDocumentName(stored)), stored)).toBe('Gewijzigd');
    expect(title(documents.get(caseDocumentName(open)), open)).toBe('Net getypt');
  });

  it('sends a guest only the cases they were invited to: no board, no other case', async () => {
    const server = await servers.start(await servers.newDataDir());
    const [invited, other] = [randomUUID(), randomUUID()];
    for (const caseId of [invited, other]) {
      const writer = await servers.connect(server, caseDocumentName(caseId));
      writeRecord(writer.doc, 'cases', caseId, { id: caseId, title: `Casus ${caseId}` }, null);
      await writer.acknowledged();
    }
    await (await servers.connect(server, boardDocumentName)).acknowledged();
    const guest = await createAccountSession(server.httpUrl, server.secretary, { role: 'gast', caseIds: [invited] });

    const { status, documents } = await snapshot(server.httpUrl, guest.accessToken);

    expect(status).toBe(200);
    expect([...documents.keys()]).toEqual([caseDocumentName(invited)]);
  });

  it('sends a process owner nothing, not even the one case they answer for', async () => {
    const server = await servers.start(await servers.newDataDir());
    const caseId = randomUUID();
    const writer = await servers.connect(server, caseDocumentName(caseId));
    writeRecord(writer.doc, 'cases', caseId, { id: caseId, title: 'Camera’s' }, null);
    await writer.acknowledged();
    const owner = await createAccountSession(server.httpUrl, server.secretary, { role: 'proceseigenaar', caseIds: [caseId] });

    const { status, documents } = await snapshot(server.httpUrl, owner.accessToken);

    expect(status).toBe(200);
    expect([...documents.keys()]).toEqual([]);
  });

  it('sends a member a case with their conflict of interest declared: they follow it read-only', async () => {
    const server = await servers.start(await servers.newDataDir());
    const personId = randomUUID();
    const caseId = randomUUID();
    const writer = await servers.connect(server, caseDocumentName(caseId));
    writeRecord(
      writer.doc,
      'caseBoards',
      caseId,
      { caseId, members: [], conflicts: [{ personId, declaredOn: '2026-03-02', description: 'Zus', measure: 'neemt_niet_deel' }], note: '', updatedAt: '2026-03-02T09:00:00.000Z' },
      null,
    );
    await writer.acknowledged();
    const member = await createAccountSession(server.httpUrl, server.secretary, { role: 'lid', personId });

    const { documents } = await snapshot(server.httpUrl, member.accessToken);

    expect(documents.has(caseDocumentName(caseId))).toBe(true);
  });

  it('sends a member no case with their conflict of interest declared when the board excludes such members, and the board’s document still', async () => {
    const server = await servers.start(await servers.newDataDir());
    const personId = randomUUID();
    const caseId = randomUUID();
    const board = await servers.connect(server, boardDocumentName);
    writeConflictPolicy(board.doc, 'excluded');
    await board.acknowledged();
    const writer = await servers.connect(server, caseDocumentName(caseId));
    writeRecord(
      writer.doc,
      'caseBoards',
      caseId,
      { caseId, members: [], conflicts: [{ personId, declaredOn: '2026-03-02', description: 'Zus', measure: 'neemt_niet_deel' }], note: '', updatedAt: '2026-03-02T09:00:00.000Z' },
      null,
    );
    await writer.acknowledged();
    const member = await createAccountSession(server.httpUrl, server.secretary, { role: 'lid', personId });

    const { documents } = await snapshot(server.httpUrl, member.accessToken);

    expect([documents.has(caseDocumentName(caseId)), documents.has(boardDocumentName)]).toEqual([false, true]);
  });

  it.each([
    ['no token', null],
    ['a made-up token', 'eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiJ4In0.c2lnbmF0dXVy'],
  ])('refuses a request with %s and sends nothing', async (_what, token) => {
    const server = await servers.start(await servers.newDataDir());
    await (await servers.connect(server, boardDocumentName)).acknowledged();

    const { status, documents } = await snapshot(server.httpUrl, token);

    expect(status).toBe(401);
    expect(documents.size).toBe(0);
  });
});
