import { randomUUID } from 'node:crypto';
import { join } from 'node:path';
import sqlite3 from 'sqlite3';
import { describe, expect, it } from 'vitest';
import { accountPaths } from '@shared/accounts/accountSchema';
import { caseDocumentName, helloToken } from '@shared/sync/protocol';
import { createSqliteAccountStore } from '../../../../server/accounts/sqliteAccountStore';
import { checkChain } from '../../../../server/audit/auditChain';
import { createAccountSession, postJson, testPassword } from '../../../support/accounts';
import { openClient, refusal } from '../../../support/yjsClient';
import { useInProcessServers } from '../inProcessServer';

async function auditOf(dataDir: string) {
  const store = createSqliteAccountStore(join(dataDir, 'accounts.sqlite'));
  try {
    return await store.auditEntries();
  } finally {
    await store.close();
  }
}

describe('server audit log', () => {
  const servers = useInProcessServers();

  it('records setup, logins with their refusals, account changes and refused connections, with names, in one unbroken chain', async () => {
    const dataDir = await servers.newDataDir();
    const server = await servers.start(dataDir);
    await postJson(server.httpUrl, accountPaths.login, { email: server.secretary.account.email, password: 'verkeerd wachtwoord' });
    const guest = await createAccountSession(server.httpUrl, server.secretary, { role: 'gast', caseIds: [] });
    const client = openClient(server.url, caseDocumentName(randomUUID()), helloToken(guest.accessToken));
    try {
      expect(await refusal(client)).toBe('forbidden');
    } finally {
      client.close();
    }

    const entries = await auditOf(dataDir);

    expect(entries.map(({ action, accountName, outcome }) => [action, accountName, outcome])).toEqual([
      ['setup', 'Sanne Secretaris', 'ok'],
      ['login', null, 'invalid_credentials'],
      ['account.create', 'Sanne Secretaris', 'ok'],
      ['invitation.accept', guest.account.name, 'ok'],
      ['connection.refused', guest.account.name, 'forbidden'],
    ]);
    expect(checkChain(entries)).toEqual({ ok: true, entries: 5 });
  });

  it('shows a row changed in the database as a break in the chain', async () => {
    const dataDir = await servers.newDataDir();
    const server = await servers.start(dataDir);
    await postJson(server.httpUrl, accountPaths.login, { email: server.secretary.account.email, password: 'verkeerd wachtwoord' });
    await postJson(server.httpUrl, accountPaths.login, { email: server.secretary.account.email, password: testPassword });
    await server.stop();

    const db = new sqlite3.Database(join(dataDir, 'accounts.sqlite'));
    await new Promise<void>((resolve, reject) => db.run("UPDATE audit_log SET outcome = 'ok' WHERE seq = 2", (error) => (error ? reject(error) : resolve())));
    await new Promise<void>((resolve) => db.close(() => resolve()));

    expect(checkChain(await auditOf(dataDir))).toEqual({ ok: false, brokenAt: 2 });
  });
});
