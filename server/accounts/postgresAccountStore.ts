import pg from 'pg';
import { ServiceUnavailable } from '../serviceUnavailable';
import { type AccountStore, accountSchemaSql, createSqlAccountStore, type SqlDatabase } from './accountStore';

/** Key of the advisory lock under which the account tables are created (the documents' is 0x62657261). */
const schemaLockKey = 0x62657262;

/** Accounts in the documents' PostgreSQL, so every instance shares them, their tokens and the signing secret. */
export function createPostgresAccountStore(url: string): AccountStore {
  const pool = new pg.Pool({ connectionString: url, connectionTimeoutMillis: 10_000, max: 4 });
  // An idle connection whose server goes away reports here; the pool opens a new one for the next query.
  pool.on('error', () => undefined);
  const sql: SqlDatabase = {
    exec: async (text) => {
      await pool.query(text);
    },
    query: async <T>(text: string, params: readonly unknown[] = []) => (await pool.query(text, [...params])).rows as T[],
    run: async (text, params = []) => (await pool.query(text, [...params])).rowCount ?? 0,
    isUniqueViolation: (error) => error instanceof Error && 'code' in error && error.code === '23505',
    close: () => pool.end(),
  };
  return createSqlAccountStore(sql, () =>
    sql.exec(`BEGIN; SELECT pg_advisory_xact_lock(${schemaLockKey}); ${accountSchemaSql} COMMIT;`).catch((error: unknown) => {
      throw new ServiceUnavailable('postgres', url, error);
    }),
  );
}
