import { once } from 'node:events';
import { mkdir } from 'node:fs/promises';
import { dirname } from 'node:path';
import sqlite3 from 'sqlite3';
import { type AccountStore, accountSchemaSql, createSqlAccountStore, type SqlDatabase } from './accountStore';

/** Accounts in their own SQLite file next to the documents' (board.sqlite), for one instance. */
export function createSqliteAccountStore(file: string): AccountStore {
  let db: sqlite3.Database | undefined;
  let opened: Promise<sqlite3.Database> | undefined;
  const open = () =>
    (opened ??= (async () => {
      await mkdir(dirname(file), { recursive: true });
      const database = new sqlite3.Database(file);
      await Promise.race([once(database, 'open'), once(database, 'error').then(([error]) => Promise.reject(error as Error))]);
      db = database;
      return database;
    })());
  // SQLite numbers its parameters ?1, ?2, …; the store writes them as PostgreSQL does.
  const toSqlite = (sql: string) => sql.replace(/\$(\d+)/g, '?$1');

  const sql: SqlDatabase = {
    exec: async (text) => {
      const database = await open();
      await new Promise<void>((resolve, reject) => database.exec(text, (error) => (error ? reject(error) : resolve())));
    },
    query: async <T>(text: string, params: readonly unknown[] = []) => {
      const database = await open();
      return new Promise<T[]>((resolve, reject) => database.all(toSqlite(text), params, (error, rows) => (error ? reject(error) : resolve(rows as T[]))));
    },
    run: async (text, params = []) => {
      const database = await open();
      return new Promise<number>((resolve, reject) =>
        database.run(toSqlite(text), params, function (this: sqlite3.RunResult, error: Error | null) {
          if (error) reject(error);
          else resolve(this.changes);
        }),
      );
    },
    isUniqueViolation: (error) => error instanceof Error && 'code' in error && error.code === 'SQLITE_CONSTRAINT' && /UNIQUE/.test(error.message),
    close: async () => {
      const database = db;
      db = undefined;
      if (database === undefined) return;
      await new Promise<void>((resolve, reject) => database.close((error) => (error ? reject(error) : resolve())));
    },
  };
  return createSqlAccountStore(sql, () => sql.exec(`PRAGMA journal_mode = WAL; ${accountSchemaSql}`));
}
