import { existsSync } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { schema as documentsSchema } from '@hocuspocus/extension-sqlite';
import sqlite3 from 'sqlite3';
import { accountSchemaSql, accountTables } from './accounts/accountStore';
import { createSqliteAccountStore } from './accounts/sqliteAccountStore';
import { checkChain } from './audit/auditChain';
import type { BoardStorage } from './boardServer';
import { accountsFileName, documentsFileName } from './dataFiles';
import { connectPostgres } from './postgresClient';
import { exec, run, withSqlite } from './sqliteFile';

export interface BackupSummary {
  documents: number;
  accounts: number;
  auditEntries: number;
  /** Whether the audit log's hash chain is unbroken in the copy. */
  auditIntact: boolean;
}

/** Why a backup or a restore did nothing; `audit_broken` is a restore's only: a backup copies a broken log too, and says so. */
export type BackupFailure = 'target_not_empty' | 'no_data' | 'audit_broken';

export class BackupRefused extends Error {
  constructor(readonly failure: BackupFailure) {
    super(failure);
  }
}

/**
 * Copies everything the server keeps into `to` as a data folder (board.sqlite and accounts.sqlite),
 * while the server keeps running: from SQLite with VACUUM INTO (a consistent snapshot), from
 * PostgreSQL in one read-only transaction. `npm run server -- --data <to>` serves the copy.
 */
export async function backupBoard(storage: BoardStorage, to: string): Promise<BackupSummary> {
  const target = resolve(to);
  if ([documentsFileName, accountsFileName].some((file) => existsSync(join(target, file)))) throw new BackupRefused('target_not_empty');
  await mkdir(target, { recursive: true });
  if (storage.kind === 'sqlite') {
    for (const file of [documentsFileName, accountsFileName]) {
      const source = join(resolve(storage.dataDir), file);
      if (!existsSync(source)) throw new BackupRefused('no_data');
      await withSqlite(source, sqlite3.OPEN_READONLY, (db) => run(db, 'VACUUM INTO ?', [join(target, file)]));
    }
  } else {
    await copyFromPostgres(storage.url, target);
  }
  return summarize(target);
}

async function copyFromPostgres(url: string, target: string) {
  const client = await connectPostgres(url);
  try {
    await client.query('BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY');
    const documents = await client.query<{ name: string; data: Buffer }>('SELECT name, data FROM documents ORDER BY name');
    await withSqlite(join(target, documentsFileName), sqlite3.OPEN_READWRITE | sqlite3.OPEN_CREATE, async (db) => {
      await exec(db, `${documentsSchema}; BEGIN`);
      for (const row of documents.rows) await run(db, 'INSERT INTO documents (name, data) VALUES (?, ?)', [row.name, row.data]);
      await exec(db, 'COMMIT');
    });
    const tables = await Promise.all(accountTables.map((table) => client.query<Record<string, unknown>>(`SELECT * FROM ${table}`)));
    await client.query('COMMIT');
    await withSqlite(join(target, accountsFileName), sqlite3.OPEN_READWRITE | sqlite3.OPEN_CREATE, async (db) => {
      await exec(db, `${accountSchemaSql} BEGIN;`);
      for (const [index, table] of accountTables.entries()) {
        for (const row of tables[index]?.rows ?? []) {
          const columns = Object.keys(row);
          await run(db, `INSERT INTO ${table} (${columns.join(', ')}) VALUES (${columns.map(() => '?').join(', ')})`, Object.values(row));
        }
      }
      await exec(db, 'COMMIT');
    });
  } finally {
    await client.end();
  }
}

/** What a data folder holds, and whether its audit log's chain is unbroken. */
export async function summarize(target: string): Promise<BackupSummary> {
  const documents = await withSqlite(join(target, documentsFileName), sqlite3.OPEN_READONLY, (db) =>
    new Promise<number>((resolveCount, reject) => db.get('SELECT count(*) AS count FROM documents', (error, row: { count: number }) => (error ? reject(error) : resolveCount(row.count)))),
  );
  const store = createSqliteAccountStore(join(target, accountsFileName));
  try {
    const entries = await store.auditEntries();
    return { documents, accounts: await store.countAccounts(), auditEntries: entries.length, auditIntact: checkChain(entries).ok };
  } finally {
    await store.close();
  }
}
