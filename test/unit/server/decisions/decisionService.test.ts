import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Session } from '@shared/accounts/accountSchema';
import { decisionPath } from '@shared/advice/decisionRequest';
import { caseDocumentName } from '@shared/sync/protocol';
import { readRecord, readTable } from '@shared/sync/recordMap';
import { createSqliteAccountStore } from '../../../../server/accounts/sqliteAccountStore';
import { sha256 } from '../../../../server/accounts/secrets';
import { createAccountSession, postJson } from '../../../support/accounts';
import { within, type YjsClient } from '../../../support/yjsClient';
import { caseId, excluded, member, seeded, versionId } from './seedCase';
import { type InProcessServer, useInProcessServers } from '../inProcessServer';

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
