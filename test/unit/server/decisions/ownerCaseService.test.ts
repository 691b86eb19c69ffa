import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { accountPaths, type Session } from '@shared/accounts/accountSchema';
import { decisionPath } from '@shared/advice/decisionRequest';
import { outcomePath } from '@shared/advice/outcomeRequest';
import { ownerCasePath } from '@shared/advice/ownerCase';
import { caseDocumentName, helloToken } from '@shared/sync/protocol';
import { readRecord, readTable } from '@shared/sync/recordMap';
import { createSqliteAccountStore } from '../../../../server/accounts/sqliteAccountStore';
import { ids } from '../../../fixtures/backup/records';
import { createAccountSession, postJson } from '../../../support/accounts';
import { openClient, refusal, within, type YjsClient } from '../../../support/yjsClient';
import { caseId, member, seeded, versionId } from './seedCase';
import { type InProcessServer, useInProcessServers } from '../inProcessServer';

describe('a process owner’s case, through the server', () => {
  const servers = useInProcessServers();
  const today = new Date().toLocaleDateString('sv-SE');
  const conclusion = { decision: 'partly_adopted', reasons: 'Camera’s alleen bij evenementen.', receivedOn: today };
  const read = (server: InProcessServer, session: Session, id: string = caseId) => postJson(server.httpUrl, ownerCasePath, { caseId: id }, session.accessToken);
  const record = (server: InProcessServer, session: Session, decision: unknown, id: string = caseId) => postJson(server.httpUrl, outcomePath, { caseId: id, decision }, session.accessToken);
  const decide = (server: InProcessServer, session: Session, decision: unknown) => postJson(server.httpUrl, decisionPath, { caseId, versionId, decision }, session.accessToken);
  const adviceOn = (client: YjsClient) => readRecord(client.doc, 'advices', caseId) as { conclusion: unknown };

  async function withOwner() {
    const seed = await seeded(servers);
    const owner = await createAccountSession(seed.server.httpUrl, seed.server.secretary, { role: 'proceseigenaar', caseIds: [caseId], name: 'Olga (eigenaar)' });
    return { ...seed, owner };
  }

  async function issue(server: InProcessServer) {
    const noor = await createAccountSession(server.httpUrl, server.secretary, { role: 'lid', personId: member });
    await decide(server, noor, { kind: 'review', reviewKind: 'approval', comment: 'Goed onderbouwd.' });
    await decide(server, server.secretary, { kind: 'step', to: 'approved' });
    expect((await decide(server, server.secretary, { kind: 'step', to: 'issued' })).status).toBe(200);
  }

  it('is invited for exactly one case', async () => {
    const { server, owner } = await withOwner();
    const invite = (caseIds: string[]) => postJson(server.httpUrl, accountPaths.accounts, { name: 'Eigenaar', email: `e-${caseIds.length}@gemeente.nl`, role: 'proceseigenaar', caseIds }, server.secretary.accessToken);
    expect((await invite([])).status).toBe(400);
    expect((await invite([caseId, ids.caseB])).status).toBe(400);
    const change = await fetch(`${server.httpUrl}${accountPaths.account(owner.account.id)}`, {
      method: 'PATCH',
      headers: { Authorization: `Bearer ${server.secretary.accessToken}`, 'Content-Type': 'application/json' },
      body: JSON.stringify({ caseIds: [caseId, ids.caseB] }),
    });
    expect(change.status).toBe(400);
  });

  it('reads the reference, the title and nothing of the advice before it is issued, and may not conclude yet', async () => {
    const { server, owner, caseDoc } = await withOwner();
    const answer = await read(server, owner);
    expect(answer.status).toBe(200);
    expect(answer.body).toMatchObject({ ok: true, ownerCase: { caseId, advice: null, issuedOn: null, conclusion: null } });
    expect(await record(server, owner, { kind: 'conclusion', conclusion })).toEqual({ status: 409, body: { ok: false, reasons: ['not_issued'] } });
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(adviceOn(caseDoc).conclusion).toBeNull();
  });

  it('reads the advice as issued, without the members’ reviews, records the conclusion under their own name in both trails, and reads it back', async () => {
    const { server, owner, caseDoc, dataDir } = await withOwner();
    await issue(server);
    const answer = await read(server, owner);
    const { ownerCase } = answer.body as { ownerCase: { advice: Record<string, unknown>; issuedOn: string } };
    expect(ownerCase.issuedOn).toBe(today);
    expect(ownerCase.advice).toMatchObject({ id: versionId, status: 'issued', number: 1 });
    expect(ownerCase.advice).not.toHaveProperty('reviews');
    expect(JSON.stringify(answer.body)).not.toContain('Goed onderbouwd.');

    expect(await record(server, owner, { kind: 'conclusion', conclusion })).toMatchObject({ status: 200, body: { ok: true, advice: { conclusion } } });
    await within(
      (async () => {
        while (adviceOn(caseDoc).conclusion === null) await new Promise((resolve) => setTimeout(resolve, 20));
      })(),
      'the conclusion reaches the board',
    );
    expect((readRecord(caseDoc.doc, 'cases', caseId) as { status: string }).status).toBe('conclusie_ontvangen');
    expect([...readTable(caseDoc.doc, 'auditEvents').values()]).toContainEqual(expect.objectContaining({ actor: 'Olga (eigenaar)', subject: 'conclusion', action: 'recorded' }));
    expect((await read(server, owner)).body).toMatchObject({ ownerCase: { conclusion, conclusionRecordedBy: 'Olga (eigenaar)' } });

    const store = createSqliteAccountStore(join(dataDir, 'accounts.sqlite'));
    try {
      expect(await store.auditEntries()).toContainEqual(
        expect.objectContaining({ accountName: 'Olga (eigenaar)', action: 'decision', target: caseDocumentName(caseId), outcome: 'conclusion' }),
      );
    } finally {
      await store.close();
    }
  });

  it('refuses another case, a publication, another role and the case’s document itself; nothing changes', async () => {
    const { server, owner, caseDoc, dataDir } = await withOwner();
    await issue(server);
    const publication = { classificationChecked: true, publicSummary: 'Camera’s', publishedOn: today, url: '' };
    expect(await read(server, owner, ids.caseB)).toEqual({ status: 403, body: { error: 'forbidden' } });
    expect(await record(server, owner, { kind: 'conclusion', conclusion }, ids.caseB)).toEqual({ status: 403, body: { error: 'forbidden' } });
    expect(await record(server, owner, { kind: 'publication', publication })).toEqual({ status: 403, body: { error: 'forbidden' } });
    const guest = await createAccountSession(server.httpUrl, server.secretary, { role: 'gast', caseIds: [caseId] });
    const lead = await createAccountSession(server.httpUrl, server.secretary, { role: 'projectleider', caseIds: [caseId] });
    expect(await read(server, guest)).toEqual({ status: 403, body: { error: 'forbidden' } });
    expect(await read(server, lead)).toEqual({ status: 403, body: { error: 'forbidden' } });
    expect(await read(server, server.secretary)).toEqual({ status: 403, body: { error: 'forbidden' } });
    expect((await postJson(server.httpUrl, ownerCasePath, { caseId })).status).toBe(401);

    const socket = openClient(server.url, caseDocumentName(caseId), helloToken(owner.accessToken));
    try {
      expect(await refusal(socket)).toBe('forbidden');
      expect(readTable(socket.doc, 'advices').size).toBe(0);
    } finally {
      socket.close();
    }

    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(adviceOn(caseDoc).conclusion).toBeNull();
    const store = createSqliteAccountStore(join(dataDir, 'accounts.sqlite'));
    try {
      const owners = (await store.auditEntries()).filter((entry) => entry.accountId === owner.account.id).map((entry) => [entry.action, entry.target, entry.outcome]);
      expect(owners).toEqual(
        expect.arrayContaining([
          ['owner.read', caseDocumentName(ids.caseB), 'forbidden'],
          ['decision', caseDocumentName(ids.caseB), 'forbidden:conclusion'],
          ['decision', caseDocumentName(caseId), 'forbidden:publication'],
          ['connection.refused', caseDocumentName(caseId), 'forbidden'],
        ]),
      );
    } finally {
      await store.close();
    }
  });
});
