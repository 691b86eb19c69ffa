import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Session } from '@shared/accounts/accountSchema';
import { decisionPath } from '@shared/advice/decisionRequest';
import { boardDocumentName, caseDocumentName } from '@shared/sync/protocol';
import { readRecord, readTable, writeRecord } from '@shared/sync/recordMap';
import { createSqliteAccountStore } from '../../../../server/accounts/sqliteAccountStore';
import { sha256 } from '../../../../server/accounts/secrets';
import { everyTable, ids } from '../../../fixtures/backup/records';
import { createAccountSession, postJson } from '../../../support/accounts';
import { within, type YjsClient } from '../../../support/yjsClient';
import { type InProcessServer, useInProcessServers } from '../inProcessServer';

const caseId = ids.caseA;
const versionId = ids.version;
const member = ids.person;
const excluded = ids.person2;

/** A case whose advice version is in review, with one member on its board and one who declared a conflict and takes no part. */
function seedCaseInReview(caseDoc: YjsClient, boardDoc: YjsClient) {
  writeRecord(boardDoc.doc, 'people', member, { ...everyTable.people[0], name: 'Noor Bakker' }, null);
  writeRecord(boardDoc.doc, 'people', excluded, { ...everyTable.people[1], name: 'Piet Jansen', active: true }, null);
  writeRecord(caseDoc.doc, 'cases', caseId, { ...everyTable.cases[0], status: 'advies_in_voorbereiding' }, null);
  writeRecord(caseDoc.doc, 'advices', caseId, { ...everyTable.advices[0], latest: { number: 1, status: 'review' } }, null);
  writeRecord(caseDoc.doc, 'adviceVersions', versionId, { ...everyTable.adviceVersions[0], status: 'review' }, null);
  writeRecord(
    caseDoc.doc,
    'caseBoards',
    caseId,
    {
      caseId,
      members: [
        { personId: member, role: 'lid' },
        { personId: excluded, role: 'lid' },
      ],
      conflicts: [{ personId: excluded, declaredOn: '2026-03-02', description: 'Zus van de aanvrager', measure: 'neemt_niet_deel' }],
      note: '',
      updatedAt: '2026-03-02T09:00:00.000Z',
    },
    null,
  );
}

async function seeded(servers: ReturnType<typeof useInProcessServers>) {
  const dataDir = await servers.newDataDir();
  const server = await servers.start(dataDir);
  const caseDoc = await servers.connect(server, caseDocumentName(caseId));
  const boardDoc = await servers.connect(server, boardDocumentName);
  seedCaseInReview(caseDoc, boardDoc);
  // The next connection reads what the server has: the seed must have arrived.
  await within(
    (async () => {
      for (;;) {
        const reader = await servers.connect(server, caseDocumentName(caseId));
        if (readRecord(reader.doc, 'caseBoards', caseId) !== null) return;
        await new Promise((resolve) => setTimeout(resolve, 50));
      }
    })(),
    'the seeded case reaches the server',
  );
  return { server, dataDir, caseDoc };
}

const decide = (server: InProcessServer, session: Session, decision: unknown) =>
  postJson(server.httpUrl, decisionPath, { caseId, versionId, decision }, session.accessToken);

const versionOn = (client: YjsClient) => readRecord(client.doc, 'adviceVersions', versionId) as { status: string; reviews: { personId: string; name: string; kind: string }[] };

describe('decisions on the server', () => {
  const servers = useInProcessServers();

  it('records an approval as the signed-in member’s own, with their register name, in the document and both audit trails', async () => {
    const { server, dataDir, caseDoc } = await seeded(servers);
    const noor = await createAccountSession(server.httpUrl, server.secretary, { role: 'lid', personId: member, name: 'Noor (account)' });
    const answer = await decide(server, noor, { kind: 'review', reviewKind: 'approval', comment: '' });
    expect(answer.status).toBe(200);
    expect(answer.body).toMatchObject({ ok: true, version: { reviews: [{ personId: member, name: 'Noor Bakker', kind: 'approval' }] } });

    await within(
      (async () => {
        while (versionOn(caseDoc).reviews.length === 0) await new Promise((resolve) => setTimeout(resolve, 20));
      })(),
      'the approval reaches the other client',
    );
    const audit = [...readTable(caseDoc.doc, 'auditEvents').values()];
    expect(audit).toContainEqual(expect.objectContaining({ actor: 'Noor (account)', subject: 'review', action: 'approval' }));
    const store = createSqliteAccountStore(join(dataDir, 'accounts.sqlite'));
    try {
      expect(await store.auditEntries()).toContainEqual(
        expect.objectContaining({ accountName: 'Noor (account)', action: 'decision', target: caseDocumentName(caseId), outcome: 'approval' }),
      );
    } finally {
      await store.close();
    }
  });

  it('refuses a member who takes no part, an account tied to nobody, a guest and a member who would issue; nothing changes', async () => {
    const { server, caseDoc } = await seeded(servers);
    const piet = await createAccountSession(server.httpUrl, server.secretary, { role: 'lid', personId: excluded });
    const nobody = await createAccountSession(server.httpUrl, server.secretary, { role: 'lid' });
    const guest = await createAccountSession(server.httpUrl, server.secretary, { role: 'gast', caseIds: [caseId] });
    const approval = { kind: 'review', reviewKind: 'approval', comment: '' };

    expect(await decide(server, piet, approval)).toEqual({ status: 409, body: { ok: false, reasons: ['not_taking_part'] } });
    expect(await decide(server, nobody, approval)).toEqual({ status: 409, body: { ok: false, reasons: ['not_on_board'] } });
    expect(await decide(server, guest, approval)).toEqual({ status: 403, body: { error: 'forbidden' } });
    const noor = await createAccountSession(server.httpUrl, server.secretary, { role: 'lid', personId: member });
    expect(await decide(server, noor, { kind: 'step', to: 'issued' })).toEqual({ status: 403, body: { error: 'forbidden' } });
    expect((await postJson(server.httpUrl, decisionPath, { caseId, versionId, decision: approval })).status).toBe(401);

    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(versionOn(caseDoc)).toMatchObject({ status: 'review', reviews: [] });
  });

  it('issues only an approved version, keeps it with the SHA-256 of its content, and never issues it twice', async () => {
    const { server, dataDir } = await seeded(servers);
    const noor = await createAccountSession(server.httpUrl, server.secretary, { role: 'lid', personId: member });
    expect((await decide(server, server.secretary, { kind: 'step', to: 'issued' })).body).toEqual({ ok: false, reasons: ['step_not_allowed'] });
    expect((await decide(server, server.secretary, { kind: 'step', to: 'approved' })).body).toEqual({ ok: false, reasons: ['no_approval'] });
    await decide(server, noor, { kind: 'review', reviewKind: 'approval', comment: '' });
    expect((await decide(server, server.secretary, { kind: 'step', to: 'approved' })).status).toBe(200);
    const issued = await decide(server, server.secretary, { kind: 'step', to: 'issued' });
    expect(issued).toMatchObject({ status: 200, body: { ok: true, version: { status: 'issued' } } });
    expect((await decide(server, server.secretary, { kind: 'step', to: 'issued' })).body).toEqual({ ok: false, reasons: ['frozen'] });

    const store = createSqliteAccountStore(join(dataDir, 'accounts.sqlite'));
    try {
      const kept = await store.issuedVersion(versionId);
      expect(kept).toMatchObject({ caseId, number: 1, accountId: server.secretary.account.id });
      expect(kept!.sha256).toBe(sha256(kept!.content));
      expect(JSON.parse(kept!.content)).toEqual((issued.body as { version: unknown }).version);
    } finally {
      await store.close();
    }
  });
});
