import { existsSync } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import type pg from 'pg';
import sqlite3 from 'sqlite3';
import { accountSchemaSql, accountTables } from './accounts/accountStore';
import { type BackupSummary, BackupRefused, summarize } from './backup';
import type { BoardStorage } from './boardServer';
import { accountsFileName, documentsFileName } from './dataFiles';
import { connectPostgres } from './postgresClient';
import { documentsTableSql } from './extensions/postgresStorage';
import { all, run, withSqlite } from './sqliteFile';

/** Rows per INSERT into PostgreSQL: large enough to be few statements, well below its 65,535 parameters. */
const rowsPerInsert = 500;

/**
 * Puts a backup (a data folder made by `backup`) in place of a server's storage,
 * whole or not at all: only into a storage that holds nothing yet, so a restore
 * never mixes the backup with another state (a database where a server only
 * started counts as empty), and only from a backup whose audit
 * log's chain is unbroken. Into SQLite the folder's files are copied; into
 * PostgreSQL every row is written in one transaction. The server must not run
 * on the target meanwhile.
 */
export async function restoreBoard(from: string, storage: BoardStorage): Promise<BackupSummary> {
  const source = resolve(from);
  if (![documentsFileName, accountsFileName].every((file) => existsSync(join(source, file)))) throw new BackupRefused('no_data');
  const backup = await summarize(source);
  if (!backup.auditIntact) throw new BackupRefused('audit_broken');
  if (storage.kind === 'sqlite') {
    const target = resolve(storage.dataDir);
    if ([documentsFileName, accountsFileName].some((file) => existsSync(join(target, file)))) throw new BackupRefused('target_not_empty');
    await mkdir(target, { recursive: true });
    for (const file of [documentsFileName, accountsFileName]) {
      await withSqlite(join(source, file), sqlite3.OPEN_READONLY, (db) => run(db, 'VACUUM INTO ?', [join(target, file)]));
    }
  } else {
    await copyIntoPostgres(source, storage.url);
  }
  return backup;
}

async function copyIntoPostgres(source: string, url: string) {
  const documents = await withSqlite(join(source, documentsFileName), sqlite3.OPEN_READONLY, (db) =>
    all<Record<string, unknown>>(db, 'SELECT name, data FROM documents ORDER BY name'),
  );
  const tables = await withSqlite(join(source, accountsFileName), sqlite3.OPEN_READONLY, (db) =>
    Promise.all(accountTables.map((table) => all<Record<string, unknown>>(db, `SELECT * FROM ${table}`))),
  );
  const client = await connectPostgres(url);
  try {
    await client.query('BEGIN');
    await client.query(`${documentsTableSql} ${accountSchemaSql}`);
    // Locked for the transaction: a server starting meanwhile waits instead of writing beside the restore.
    await client.query(`LOCK TABLE documents, ${accountTables.join(', ')} IN EXCLUSIVE MODE`);
    const held = await client.query<{ count: string }>(
      'SELECT (SELECT count(*) FROM documents) + (SELECT count(*) FROM accounts) + (SELECT count(*) FROM audit_log) AS count',
    );
    if (Number(held.rows[0]?.count) > 0) throw new BackupRefused('target_not_empty');
    // A server started on the empty database leaves only its setup behind (a setup code, a signing secret): the backup's replace them.
    for (const table of accountTables) await client.query(`DELETE FROM ${table}`);
    await insertRows(client, 'documents', documents);
    for (const [index, table] of accountTables.entries()) await insertRows(client, table, tables[index] ?? []);
    await client.query('COMMIT');
  } catch (error) {
    await client.query('ROLLBACK').catch(() => undefined);
    throw error;
  } finally {
    await client.end();
  }
}

async function insertRows(client: pg.Client, table: string, rows: readonly Record<string, unknown>[]) {
  const columns = Object.keys(rows[0] ?? {});
  for (let start = 0; start < rows.length; start += rowsPerInsert) {
    const chunk = rows.slice(start, start + rowsPerInsert);
    const placeholders = chunk.map((_, row) => `(${columns.map((_, column) => `$${row * columns.length + column + 1}`).join(', ')})`);
    const values = chunk.flatMap((row) => columns.map((column) => row[column]));
    await client.query(`INSERT INTO ${table} (${columns.join(', ')}) VALUES ${placeholders.join(', ')}`, values);
  }
}
