import { randomUUID } from 'node:crypto';
import { join } from 'node:path';
import pg from 'pg';
import sqlite3 from 'sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { accountPaths } from '@shared/accounts/accountSchema';
import { caseDocumentName } from '@shared/sync/protocol';
import { accountTables } from '../../../server/accounts/accountStore';
import { backupBoard, BackupRefused } from '../../../server/backup';
import { restoreBoard } from '../../../server/restore';
import { run, withSqlite } from '../../../server/sqliteFile';
import { createAccountSession, postJson, testPassword } from '../../support/accounts';
import { startPostgres, type TestService } from '../../support/postgresRedis';
import { useInProcessServers } from './inProcessServer';

const title = 'Camera’s in de binnenstad';

describe('npm run server -- restore', () => {
  const servers = useInProcessServers();
  let postgres: TestService;
  beforeAll(async () => {
    postgres = await startPostgres();
  }, 60_000);
  afterAll(async () => {
    await postgres?.stop();
  });

  /** A database of its own on the test's PostgreSQL, so each test starts empty. */
  async function newDatabase(): Promise<string> {
    const name = `herstel_${randomUUID().replaceAll('-', '')}`;
    await withPostgres(postgres.url, (client) => client.query(`CREATE DATABASE ${name}`));
    const url = new URL(postgres.url);
    url.pathname = `/${name}`;
    return url.toString();
  }

  /** A SQLite server holding a case and a member, backed up into a new folder. */
  async function backedUpBoard() {
    const dataDir = await servers.newDataDir();
    const server = await servers.start(dataDir);
    const document = caseDocumentName(randomUUID());
    const writer = await servers.connect(server, document);
    writer.doc.getText('title').insert(0, title);
    await writer.acknowledged();
    await new Promise((resolve) => setTimeout(resolve, 1200));
    const member = await createAccountSession(server.httpUrl, server.secretary, { role: 'lid' });
    const backup = join(await servers.newDataDir(), 'kopie');
    await backupBoard({ kind: 'sqlite', dataDir }, backup);
    return { server, document, member, backup };
  }

  /** The restored board answers as the original: the case's text, the member's password, the secretary's token. */
  async function expectTheBoard(restored: Awaited<ReturnType<typeof servers.startFresh>>, original: Awaited<ReturnType<typeof backedUpBoard>>) {
    expect(restored.setupCode).toBeNull();
    const reader = await servers.connect({ url: restored.url, token: original.server.token }, original.document);
    expect(reader.doc.getText('title').toString()).toBe(title);
    expect((await postJson(restored.httpUrl, accountPaths.login, { email: original.member.account.email, password: testPassword })).status).toBe(200);
  }

  it('puts a backup into an empty data folder, which a server then serves', async () => {
    const original = await backedUpBoard();
    const dataDir = join(await servers.newDataDir(), 'hersteld');

    const summary = await restoreBoard(original.backup, { kind: 'sqlite', dataDir });

    expect(summary).toMatchObject({ accounts: 2, auditIntact: true });
    await expectTheBoard(await servers.startFresh(dataDir), original);
  });

  it('puts a backup into an empty PostgreSQL database in one go, every account table with it', async () => {
    const original = await backedUpBoard();
    await withSqlite(join(original.backup, 'accounts.sqlite'), sqlite3.OPEN_READWRITE, (db) =>
      run(db, 'INSERT INTO issued_versions VALUES (?, ?, ?, ?, ?, ?, ?)', ['versie-1', 'zaak-1', 1, 'ab'.repeat(32), '{}', '2026-12-06', 'account-1']),
    );
    const url = await newDatabase();

    await restoreBoard(original.backup, { kind: 'postgres', url });

    const counts = await rowCounts(url);
    expect(counts.get('issued_versions')).toBe(1);
    expect(counts.get('accounts')).toBe(2);
    await expectTheBoard(await servers.startFresh({ kind: 'postgres', url }), original);
  });

  it('counts a database where a server only started as empty', async () => {
    const original = await backedUpBoard();
    const url = await newDatabase();
    // Started and stopped without its setup code used: it leaves the code and its signing secret.
    const started = await servers.startFresh({ kind: 'postgres', url });
    expect(started.setupCode).not.toBeNull();
    await started.stop();

    await restoreBoard(original.backup, { kind: 'postgres', url });

    await expectTheBoard(await servers.startFresh({ kind: 'postgres', url }), original);
  });

  it('refuses a place that holds a board already, and changes nothing there', { timeout: 20_000 }, async () => {
    const original = await backedUpBoard();
    const other = await backedUpBoard();
    const url = await newDatabase();
    await restoreBoard(other.backup, { kind: 'postgres', url });
    const before = await rowCounts(url);

    await expect(restoreBoard(original.backup, { kind: 'postgres', url })).rejects.toEqual(new BackupRefused('target_not_empty'));
    await expect(restoreBoard(original.backup, { kind: 'sqlite', dataDir: other.backup })).rejects.toEqual(new BackupRefused('target_not_empty'));

    expect(await rowCounts(url)).toEqual(before);
  });

  it('refuses a backup whose audit log was changed, and a folder without a backup', async () => {
    const original = await backedUpBoard();
    await withSqlite(join(original.backup, 'accounts.sqlite'), sqlite3.OPEN_READWRITE, (db) => run(db, "UPDATE audit_log SET account_name = 'Iemand anders' WHERE seq = 1", []));
    const url = await newDatabase();

    await expect(restoreBoard(original.backup, { kind: 'postgres', url })).rejects.toEqual(new BackupRefused('audit_broken'));
    await expect(restoreBoard(join(original.backup, 'leeg'), { kind: 'postgres', url })).rejects.toEqual(new BackupRefused('no_data'));

    expect(await rowCounts(url)).toEqual(new Map());
  });
});

async function withPostgres<T>(url: string, work: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

/** Rows per table of the board's storage in PostgreSQL; a table not made yet is left out. */
function rowCounts(url: string): Promise<Map<string, number>> {
  return withPostgres(url, async (client) => {
    const counts = new Map<string, number>();
    for (const table of ['documents', ...accountTables]) {
      const exists = await client.query<{ name: string | null }>('SELECT to_regclass($1) AS name', [table]);
      if (exists.rows[0]?.name === null) continue;
      counts.set(table, Number((await client.query<{ count: string }>(`SELECT count(*) AS count FROM ${table}`)).rows[0]?.count));
    }
    return counts;
  });
}
