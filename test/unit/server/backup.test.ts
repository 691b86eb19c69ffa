import { randomUUID } from 'node:crypto';
import { join } from 'node:path';
import pg from 'pg';
import sqlite3 from 'sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { accountPaths } from '@shared/accounts/accountSchema';
import { caseDocumentName } from '@shared/sync/protocol';
import { backupBoard, BackupRefused } from '../../../server/backup';
import { all, withSqlite } from '../../../server/sqliteFile';
import { createAccountSession, postJson, testPassword } from '../../support/accounts';
import { startPostgres, type TestService } from '../../support/postgresRedis';
import { useInProcessServers } from './inProcessServer';

describe('npm run server -- backup', () => {
  const servers = useInProcessServers();
  let postgres: TestService;
  beforeAll(async () => {
    postgres = await startPostgres();
  }, 60_000);
  afterAll(async () => {
    await postgres?.stop();
  });

  /** Writes a case and a member on the running server, backs it up, and serves the copy: everything is there. */
  async function roundTrip(server: Awaited<ReturnType<typeof servers.start>>, backup: (target: string) => ReturnType<typeof backupBoard>) {
    const document = caseDocumentName(randomUUID());
    const writer = await servers.connect(server, document);
    writer.doc.getText('title').insert(0, 'Camera’s in de binnenstad');
    await writer.acknowledged();
    await new Promise((resolve) => setTimeout(resolve, 1200));
    const member = await createAccountSession(server.httpUrl, server.secretary, { role: 'lid' });
    const target = join(await servers.newDataDir(), 'kopie');

    const summary = await backup(target);

    expect(summary).toMatchObject({ accounts: 2, auditIntact: true });
    expect(summary.documents).toBeGreaterThanOrEqual(1);
    const copy = await servers.startFresh(target);
    expect(copy.setupCode).toBeNull();
    // The copy has the signing secret too: the secretary's token still opens the case there.
    const reader = await servers.connect({ url: copy.url, token: server.token }, document);
    expect(reader.doc.getText('title').toString()).toBe('Camera’s in de binnenstad');
    expect((await postJson(copy.httpUrl, accountPaths.login, { email: member.account.email, password: testPassword })).status).toBe(200);
  }

  it('copies a running SQLite server into a data folder another server can serve', async () => {
    const dataDir = await servers.newDataDir();
    const server = await servers.start(dataDir);

    await roundTrip(server, (target) => backupBoard({ kind: 'sqlite', dataDir }, target));
  });

  it('copies PostgreSQL into a data folder', async () => {
    const server = await servers.startWith({ storage: { kind: 'postgres', url: postgres.url } });

    await roundTrip(server, (target) => backupBoard({ kind: 'postgres', url: postgres.url }, target));
  });

  it('copies every account table from PostgreSQL, the issued versions too', async () => {
    await servers.startWith({ storage: { kind: 'postgres', url: postgres.url } });
    const client = new pg.Client({ connectionString: postgres.url });
    await client.connect();
    try {
      await client.query('INSERT INTO issued_versions VALUES ($1, $2, $3, $4, $5, $6, $7)', [randomUUID(), 'zaak-1', 1, 'ab'.repeat(32), '{}', '2026-12-06', 'account-1']);
      const target = join(await servers.newDataDir(), 'kopie');

      await backupBoard({ kind: 'postgres', url: postgres.url }, target);

      const expected = (await client.query<{ count: string }>('SELECT count(*) AS count FROM issued_versions')).rows[0]?.count;
      const copied = await withSqlite(join(target, 'accounts.sqlite'), sqlite3.OPEN_READONLY, (db) => all<{ count: number }>(db, 'SELECT count(*) AS count FROM issued_versions'));
      expect(copied[0]?.count).toBe(Number(expected));
    } finally {
      await client.end();
    }
  });

  it('never writes over an earlier backup, and says when the folder holds no server data', async () => {
    const dataDir = await servers.newDataDir();
    await servers.start(dataDir);

    await expect(backupBoard({ kind: 'sqlite', dataDir }, dataDir)).rejects.toEqual(new BackupRefused('target_not_empty'));
    await expect(backupBoard({ kind: 'sqlite', dataDir: join(dataDir, 'leeg') }, join(dataDir, 'kopie'))).rejects.toEqual(new BackupRefused('no_data'));
  });
});
