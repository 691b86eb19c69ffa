import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Session } from '@shared/accounts/accountSchema';
import { decisionPath } from '@shared/advice/decisionRequest';
import { outcomePath } from '@shared/advice/outcomeRequest';
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

describe('what comes of an issued advice, recorded on the server', () => {
  const servers = useInProcessServers();
  const today = new Date().toLocaleDateString('sv-SE');
  const conclusion = { decision: 'partly_adopted', reasons: 'Camera’s alleen bij evenementen.', receivedOn: today };
  const publication = { classificationChecked: true, publicSummary: 'Camera’s op het plein', publishedOn: today, url: 'https://www.gemeente.nl/adviezen/1' };
  const record = (server: InProcessServer, session: Session, decision: unknown) => postJson(server.httpUrl, outcomePath, { caseId, decision }, session.accessToken);
  const adviceOn = (client: YjsClient) => readRecord(client.doc, 'advices', caseId) as { conclusion: unknown; publication: { publishedOn: string | null } };

  async function issued() {
    const seed = await seeded(servers);
    const noor = await createAccountSession(seed.server.httpUrl, seed.server.secretary, { role: 'lid', personId: member });
    await decide(seed.server, noor, { kind: 'review', reviewKind: 'approval', comment: '' });
    await decide(seed.server, seed.server.secretary, { kind: 'step', to: 'approved' });
    expect((await decide(seed.server, seed.server.secretary, { kind: 'step', to: 'issued' })).status).toBe(200);
    return { ...seed, noor };
  }

  it('records the conclusion as the facilitator and the publication as the secretary, moving the case on, with their names in both trails', async () => {
    const { server, dataDir, caseDoc } = await issued();
    const facilitator = await createAccountSession(server.httpUrl, server.secretary, { role: 'procesbegeleider', name: 'Fatima (begeleider)' });

    expect((await record(server, server.secretary, { kind: 'publication', publication })).body).toEqual({ ok: false, reasons: ['no_conclusion'] });
    const concluded = await record(server, facilitator, { kind: 'conclusion', conclusion });
    expect(concluded).toMatchObject({ status: 200, body: { ok: true, advice: { conclusion } } });
    expect((await record(server, server.secretary, { kind: 'publication', publication })).status).toBe(200);

    await within(
      (async () => {
        while (adviceOn(caseDoc).publication.publishedOn !== today) await new Promise((resolve) => setTimeout(resolve, 20));
      })(),
      'the publication reaches the other client',
    );
    expect(adviceOn(caseDoc).conclusion).toEqual(conclusion);
    expect((readRecord(caseDoc.doc, 'cases', caseId) as { status: string }).status).toBe('gepubliceerd');
    const audit = [...readTable(caseDoc.doc, 'auditEvents').values()];
    expect(audit).toContainEqual(expect.objectContaining({ actor: 'Fatima (begeleider)', subject: 'conclusion', action: 'recorded' }));
    expect(audit).toContainEqual(expect.objectContaining({ actor: server.secretary.account.name, subject: 'publication', action: 'published' }));
    const store = createSqliteAccountStore(join(dataDir, 'accounts.sqlite'));
    try {
      const outcomes = (await store.auditEntries()).filter((entry) => entry.outcome === 'conclusion' || entry.outcome === 'publication');
      expect(outcomes.map((entry) => [entry.accountName, entry.outcome])).toEqual([
        ['Fatima (begeleider)', 'conclusion'],
        [server.secretary.account.name, 'publication'],
      ]);
    } finally {
      await store.close();
    }
  });

  it('refuses a member, a guest and an unsigned request, and a conclusion before the advice is issued; nothing changes', async () => {
    const { server, caseDoc } = await seeded(servers);
    expect((await record(server, server.secretary, { kind: 'conclusion', conclusion })).body).toEqual({ ok: false, reasons: ['not_issued'] });

    const noor = await createAccountSession(server.httpUrl, server.secretary, { role: 'lid', personId: member });
    const guest = await createAccountSession(server.httpUrl, server.secretary, { role: 'gast', caseIds: [caseId] });
    const facilitator = await createAccountSession(server.httpUrl, server.secretary, { role: 'procesbegeleider' });
    expect(await record(server, noor, { kind: 'conclusion', conclusion })).toEqual({ status: 403, body: { error: 'forbidden' } });
    expect(await record(server, guest, { kind: 'conclusion', conclusion })).toEqual({ status: 403, body: { error: 'forbidden' } });
    expect(await record(server, facilitator, { kind: 'publication', publication })).toEqual({ status: 403, body: { error: 'forbidden' } });
    expect((await postJson(server.httpUrl, outcomePath, { caseId, decision: { kind: 'conclusion', conclusion } })).status).toBe(401);
    expect((await record(server, server.secretary, { kind: 'conclusion', conclusion: { ...conclusion, reasons: '', decision: 'not_adopted' } })).status).toBe(400);

    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(adviceOn(caseDoc).conclusion).toBeNull();
  });
});

