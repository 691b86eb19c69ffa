import { HocuspocusProvider } from '@hocuspocus/provider';
import { afterEach, describe, expect, it, vi } from 'vitest';
import WebSocket from 'ws';
import { boardDocumentName, caseDocumentName, parseDocumentName } from '@shared/sync/protocol';
import { documentSnapshotPath } from '@shared/sync/documentSnapshot';
import { createCaseRepository } from '../../../../renderer/cases/caseRepository';
import type { BeraadDb } from '../../../../renderer/db/database';
import { connectBoard, handshakesAtOnce, type BoardConnection } from '../../../../renderer/sync/boardConnection';
import { createDocumentStore } from '../../../../renderer/sync/documentStore';
import { createSyncEngine, type SyncEngine } from '../../../../renderer/sync/syncEngine';
import { installSyncOutbox } from '../../../../renderer/sync/syncOutbox';
import { createAccountSession } from '../../../support/accounts';
import { caseInput } from '../../../fixtures/caseInput';
import { useInProcessServers } from '../../server/inProcessServer';
import { testDatabase } from '../db/testDatabase';

const caseCount = 150;
const running: { engine: SyncEngine; connection: BoardConnection }[] = [];

/** A member's machine connected to the board server with `accessToken`, as the app connects (the socket the page would open). */
async function connectedMachine(url: string, accessToken: string, mayOpen: (name: string) => boolean = () => true, db: BeraadDb = testDatabase()) {
  const problems: unknown[] = [];
  const engine = createSyncEngine(db, installSyncOutbox(db), createDocumentStore(db), (error) => problems.push(error));
  await engine.start();
  const connection = connectBoard(url, engine, {
    token: async () => accessToken,
    keepFresh: () => () => undefined,
    mayOpen,
    onState: () => undefined,
    onAccess: () => undefined,
    onRefused: (reason) => problems.push(reason),
  });
  running.push({ engine, connection });
  return { db, engine, problems };
}

async function until(what: string, holds: () => Promise<boolean> | boolean, ms = 20_000): Promise<void> {
  const end = Date.now() + ms;
  while (!(await holds())) {
    if (Date.now() > end) throw new Error(`timed out: ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

/** How many case documents were in their first handshake at once, at most, from now on. */
function countHandshakes() {
  let open = 0;
  const counted = { most: 0 };
  const attach = HocuspocusProvider.prototype.attach;
  vi.spyOn(HocuspocusProvider.prototype, 'attach').mockImplementation(function (this: HocuspocusProvider) {
    if (parseDocumentName(this.configuration.name)?.kind === 'case') {
      counted.most = Math.max(counted.most, ++open);
      let synced = false;
      this.on('synced', () => {
        if (!synced) open--;
        synced = true;
      });
    }
    attach.call(this);
  });
  return counted;
}

describe('board connection', () => {
  const servers = useInProcessServers();
  // Registered after the servers' own: it runs first, so no machine is still connected while a server stops.
  afterEach(() => {
    running.splice(0).forEach(({ engine, connection }) => {
      connection.close();
      engine.stop();
    });
    vi.restoreAllMocks();
    vi.unstubAllGlobals();
  });

  it('gives a new device every case of the board through one request, then joins the documents a few dozen at a time', async () => {
    // Node 20 has no WebSocket of its own; the page's is the standard one, which `ws` implements.
    vi.stubGlobal('WebSocket', WebSocket);
    const server = await servers.start(await servers.newDataDir());
    const sharing = await connectedMachine(server.url, server.secretary.accessToken);
    const cases = createCaseRepository(sharing.db, () => new Date('2026-06-01T10:00:00Z'));
    for (let index = 0; index < caseCount; index++) await cases.registerOne({ input: caseInput({ title: `Casus ${index}` }) }, 'EA-{jjjj}-{nnnn}');
    sharing.engine.changed();
    await until('the board has every case', () => sharing.engine.pendingDocuments().size === 0 && sharing.engine.documents().size === caseCount + 1);

    const fetching = vi.spyOn(globalThis, 'fetch');
    const handshakes = countHandshakes();
    const joining = await connectedMachine(server.url, server.secretary.accessToken);
    await until('the new device holds every case', async () => (await joining.db.cases.count()) === caseCount);

    const snapshots = fetching.mock.calls.filter(([address]) => String(address).endsWith(documentSnapshotPath));
    expect(snapshots).toHaveLength(1);
    expect((await joining.db.cases.toArray()).map((row) => row.title).sort()).toEqual((await sharing.db.cases.toArray()).map((row) => row.title).sort());
    await until('every case document joined the socket', () => handshakes.most > 0 && joining.engine.pendingDocuments().size === 0);
    expect(handshakes.most).toBeLessThanOrEqual(handshakesAtOnce);
    expect([...joining.problems, ...sharing.problems]).toEqual([]);
  }, 60_000);

  it("gives a guest's new device only the case they were invited to, not even the board's index", async () => {
    vi.stubGlobal('WebSocket', WebSocket);
    const server = await servers.start(await servers.newDataDir());
    const sharing = await connectedMachine(server.url, server.secretary.accessToken);
    const cases = createCaseRepository(sharing.db, () => new Date('2026-06-01T10:00:00Z'));
    const [invited, other] = [
      await cases.registerOne({ input: caseInput({ title: 'Uitgenodigd' }) }, 'EA-{jjjj}-{nnn}'),
      await cases.registerOne({ input: caseInput({ title: 'Niet voor de gast' }) }, 'EA-{jjjj}-{nnn}'),
    ];
    sharing.engine.changed();
    await until('the board has both cases', () => sharing.engine.pendingDocuments().size === 0 && sharing.engine.documents().size === 3);
    const guest = await createAccountSession(server.httpUrl, server.secretary, { role: 'gast', caseIds: [invited.id] });

    const joining = await connectedMachine(server.url, guest.accessToken, (name) => name === caseDocumentName(invited.id));
    await until('the guest holds the invited case', async () => (await joining.db.cases.count()) > 0);

    expect((await joining.db.cases.toArray()).map((row) => row.id)).toEqual([invited.id]);
    expect(joining.engine.documents().has(caseDocumentName(other.id))).toBe(false);
    expect(joining.engine.documents().get(boardDocumentName)?.getMap('caseIndex').size ?? 0).toBe(0);
  }, 30_000);
});
