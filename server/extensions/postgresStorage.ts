import { Database } from '@hocuspocus/extension-database';
import pg from 'pg';
import { ServiceUnavailable } from '../serviceUnavailable';

/** Key of the advisory lock under which an instance creates the table, so two instances starting together do not race. */
const schemaLockKey = 0x62657261;

// One statement list, one connection: the transaction-scoped lock is released by COMMIT.
const createSchema = `
  BEGIN;
  SELECT pg_advisory_xact_lock(${schemaLockKey});
  CREATE TABLE IF NOT EXISTS documents (
    name text PRIMARY KEY,
    data bytea NOT NULL,
    updated_at timestamptz NOT NULL DEFAULT now()
  );
  COMMIT;`;
const selectDocument = 'SELECT data FROM documents WHERE name = $1';
const upsertDocument = `
  INSERT INTO documents (name, data, updated_at) VALUES ($1, $2, now())
  ON CONFLICT (name) DO UPDATE SET data = excluded.data, updated_at = excluded.updated_at`;

/**
 * Documents in PostgreSQL, one row per document holding its full Yjs state, so several
 * instances can serve the same board. The table is created when missing; `whenReady()`
 * rejects with ServiceUnavailable when the database cannot be used, before the first edit would.
 */
export class PostgresStorage extends Database {
  private readonly pool: pg.Pool;
  private ready: Promise<void> | undefined;

  constructor(private readonly url: string) {
    super({});
    this.pool = new pg.Pool({ connectionString: url, connectionTimeoutMillis: 10_000 });
    // An idle connection whose server goes away reports here; without a listener Node would end
    // the process. The pool drops that connection and opens a new one for the next query.
    this.pool.on('error', () => undefined);
    this.configuration.fetch = async ({ documentName }) => {
      const { rows } = await this.pool.query<{ data: Buffer }>(selectDocument, [documentName]);
      return rows[0]?.data ?? null;
    };
    this.configuration.store = async ({ documentName, state }) => {
      await this.pool.query(upsertDocument, [documentName, state]);
    };
  }

  async onConfigure() {
    // Nothing waits for this hook; the failure is reported by whenReady(), which listen() awaits.
    this.whenReady().catch(() => undefined);
  }

  /** Creates the table once, whichever asks first: Hocuspocus' onConfigure runs a tick after the server is made. */
  whenReady(): Promise<void> {
    return (this.ready ??= this.pool.query(createSchema).then(
      () => undefined,
      (error: unknown) => {
        throw new ServiceUnavailable('postgres', this.url, error);
      },
    ));
  }

  async onDestroy() {
    await this.pool.end();
  }
}
