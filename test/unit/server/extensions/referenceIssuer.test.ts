import { randomUUID } from 'node:crypto';
import { join } from 'node:path';
import sqlite3 from 'sqlite3';
import { describe, expect, it } from 'vitest';
import type * as Y from 'yjs';
import { provisionalReference } from '@shared/cases/reference';
import { caseDocumentName, helloToken } from '@shared/sync/protocol';
import { readRecord, readTable, writeRecord } from '@shared/sync/recordMap';
import { createSqliteAccountStore } from '../../../../server/accounts/sqliteAccountStore';
import { everyTable } from '../../../fixtures/backup/records';
import { createAccountSession } from '../../../support/accounts';
import { type YjsClient } from '../../../support/yjsClient';
import { useInProcessServers } from '../inProcessServer';

const referenceOn = (client: YjsClient, caseId: string) => (readRecord(client.doc, 'cases', caseId) as { reference?: string } | null)?.reference;

/** A case as an app in board mode registers it: with its provisional reference. */
function registerConcept(client: YjsClient, caseId: string, createdAt = '2026-12-31T22:30:00.000Z') {
  writeRecord(client.doc, 'cases', caseId, { ...everyTable.cases[1], id: caseId, reference: provisionalReference(caseId), archivedAt: null, createdAt }, null);
}

describe('referenceIssuer', () => {
  const servers = useInProcessServers();

  it('gives each concept case the next number of its registration year, once, with an entry in its trail and the server log', async () => {
    const dataDir = await servers.newDataDir();
    const server = await servers.start(dataDir);
    const noor = await createAccountSession(server.httpUrl, server.secretary, { role: 'lid', name: 'Noor (account)' });
    const first = randomUUID();
    const second = randomUUID();
    const firstDoc = await servers.connect(server, caseDocumentName(first), helloToken(noor.accessToken));
    const secondDoc = await servers.connect(server, caseDocumentName(second), helloToken(noor.accessToken));
    // What the app would take from each update the server sends: never a trail entry without its fields.
    const seen: Record<string, unknown>[] = [];
    firstDoc.doc.on('update', (_update: Uint8Array, _origin: unknown, doc: Y.Doc, transaction: Y.Transaction) => {
      if (!transaction.local) seen.push(...readTable(doc, 'auditEvents').values());
    });
    registerConcept(firstDoc, first);
    await expect.poll(() => referenceOn(firstDoc, first)).toBe('EA-2026-001');
    registerConcept(secondDoc, second);
    await expect.poll(() => referenceOn(secondDoc, second)).toBe('EA-2026-002');

    const trail = [...readTable(firstDoc.doc, 'auditEvents').values()];
    expect(trail).toEqual([
      expect.objectContaining({ actor: 'Noor (account)', subject: 'case', action: 'referenceIssued', detail: { reference: 'EA-2026-001', provisional: provisionalReference(first) } }),
    ]);
    expect(seen.length).toBeGreaterThan(0);
    expect(seen.filter((entry) => entry.action !== 'referenceIssued')).toEqual([]);
    // Typing on afterwards issues nothing more.
    writeRecord(firstDoc.doc, 'cases', first, { title: 'Nieuwe titel' }, ['title']);
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(referenceOn(firstDoc, first)).toBe('EA-2026-001');
    expect([...readTable(firstDoc.doc, 'auditEvents').values()]).toHaveLength(1);

    const store = createSqliteAccountStore(join(dataDir, 'accounts.sqlite'));
    try {
      const logged = (await store.auditEntries()).filter((entry) => entry.action === 'reference');
      expect(logged.map(({ accountName, target, outcome }) => ({ accountName, target, outcome }))).toEqual([
        { accountName: 'Noor (account)', target: caseDocumentName(first), outcome: 'issued:EA-2026-001' },
        { accountName: 'Noor (account)', target: caseDocumentName(second), outcome: 'issued:EA-2026-002' },
      ]);
    } finally {
      await store.close();
    }
  }, 20_000);

  it('puts an issued number back when an app writes another over it', async () => {
    const server = await servers.start(await servers.newDataDir());
    const caseId = randomUUID();
    const client = await servers.connect(server, caseDocumentName(caseId));
    registerConcept(client, caseId);
    await expect.poll(() => referenceOn(client, caseId)).toBe('EA-2026-001');

    writeRecord(client.doc, 'cases', caseId, { reference: provisionalReference(caseId) }, ['reference']);
    await expect.poll(() => referenceOn(client, caseId)).toBe('EA-2026-001');
    writeRecord(client.doc, 'cases', caseId, { reference: 'EA-2026-777' }, ['reference']);
    await expect.poll(() => referenceOn(client, caseId)).toBe('EA-2026-001');
  }, 20_000);

  it('never issues a number a case brought along, also one stored before the server issued numbers, and numbers again after a restart', async () => {
    const dataDir = await servers.newDataDir();
    const server = await servers.start(dataDir);
    const older = randomUUID();
    const olderDoc = await servers.connect(server, caseDocumentName(older));
    // A case numbered on one machine in solo mode, as moving to the board brings it.
    writeRecord(olderDoc.doc, 'cases', older, { ...everyTable.cases[1], id: older, reference: 'EA-2026-001', archivedAt: null }, null);
    await expect.poll(() => readRecord(olderDoc.doc, 'cases', older)).not.toBeNull();
    await new Promise((resolve) => setTimeout(resolve, 300));
    await server.stop();
    // As a server upgraded from before it issued numbers: the case is stored, its number not yet kept.
    const database = new sqlite3.Database(join(dataDir, 'accounts.sqlite'));
    await new Promise<void>((resolve, reject) => database.run('DELETE FROM case_references', (error) => (error ? reject(error) : resolve())));
    await new Promise<void>((resolve, reject) => database.close((error) => (error ? reject(error) : resolve())));

    const again = await servers.start(dataDir);
    const caseId = randomUUID();
    const client = await servers.connect(again, caseDocumentName(caseId));
    registerConcept(client, caseId);
    await expect.poll(() => referenceOn(client, caseId)).toBe('EA-2026-002');
  }, 20_000);
});
