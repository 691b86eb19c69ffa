import { join } from 'node:path';
import sqlite3 from 'sqlite3';
import { describe, expect, it } from 'vitest';
import type { Session } from '@shared/accounts/accountSchema';
import { decisionPath } from '@shared/advice/decisionRequest';
import { caseAuditAnswerSchema, caseAuditPath } from '@shared/audit/caseAudit';
import { createAccountSession, postJson } from '../../../support/accounts';
import { caseId, excluded, member, seeded, versionId } from '../decisions/seedCase';
import { type InProcessServer, useInProcessServers } from '../inProcessServer';

const auditOf = async (server: InProcessServer, session: Session, id = caseId) => {
  const { status, body } = await postJson(server.httpUrl, caseAuditPath, { caseId: id }, session.accessToken);
  return { status, body: status === 200 ? caseAuditAnswerSchema.parse(body) : body };
};

describe('a case’s part of the server’s audit log', () => {
  const servers = useInProcessServers();

  it('lists the decisions on the case, refused ones too, newest first with the account’s name, and says the chain is unbroken', async () => {
    const { server } = await seeded(servers);
    const noor = await createAccountSession(server.httpUrl, server.secretary, { role: 'lid', personId: member, name: 'Noor (account)' });
    const piet = await createAccountSession(server.httpUrl, server.secretary, { role: 'lid', personId: excluded, name: 'Piet (account)' });
    const approval = { kind: 'review', reviewKind: 'approval', comment: '' };
    await postJson(server.httpUrl, decisionPath, { caseId, versionId, decision: approval }, piet.accessToken);
    await postJson(server.httpUrl, decisionPath, { caseId, versionId, decision: approval }, noor.accessToken);
    // Another case's decision is not this case's.
    await postJson(server.httpUrl, decisionPath, { caseId: crypto.randomUUID(), versionId, decision: approval }, noor.accessToken);

    const { status, body } = await auditOf(server, noor);
    expect(status).toBe(200);
    expect(body).toMatchObject({
      chain: { intact: true },
      entries: [
        { accountName: 'Noor (account)', action: 'decision', outcome: 'approval' },
        { accountName: 'Piet (account)', action: 'decision', outcome: 'not_taking_part' },
      ],
    });
  });

  it('is not for a guest, nor without signing in', async () => {
    const { server } = await seeded(servers);
    const guest = await createAccountSession(server.httpUrl, server.secretary, { role: 'gast', caseIds: [caseId] });
    expect(await auditOf(server, guest)).toEqual({ status: 403, body: { error: 'forbidden' } });
    expect((await postJson(server.httpUrl, caseAuditPath, { caseId })).status).toBe(401);
  });

  it('says where the chain breaks when a row was changed in the database', async () => {
    const { server, dataDir } = await seeded(servers);
    const noor = await createAccountSession(server.httpUrl, server.secretary, { role: 'lid', personId: member });
    await postJson(server.httpUrl, decisionPath, { caseId, versionId, decision: { kind: 'review', reviewKind: 'approval', comment: '' } }, noor.accessToken);
    const db = new sqlite3.Database(join(dataDir, 'accounts.sqlite'));
    await new Promise<void>((resolve, reject) => db.run("UPDATE audit_log SET outcome = 'comment' WHERE outcome = 'approval'", (error) => (error ? reject(error) : resolve())));
    await new Promise<void>((resolve) => db.close(() => resolve()));

    const { body } = await auditOf(server, server.secretary);
    expect(body).toMatchObject({ chain: { intact: false }, entries: [{ outcome: 'comment' }] });
  });
});
