import { Database } from '@hocuspocus/extension-database';
import pg from 'pg';
import * as Y from 'yjs';
import type { DocumentState } from '@shared/sync/documentSnapshot';
import { ServiceUnavailable } from '../serviceUnavailable';

/** Key of the advisory lock under which an instance creates the table, so two instances starting together do not race. */
const schemaLockKey = 0x62657261;

/** The documents' table; a restore creates it too. */
export const documentsTableSql = `
  CREATE TABLE IF NOT EXISTS documents (
    name text PRIMARY KEY,
    data bytea NOT NULL,
    updated_at timestamptz NOT NULL DEFAULT now()
  );`;
// One statement list, one connection: the transaction-scoped lock is released by COMMIT.
const createSchema = `
  BEGIN;
  SELECT pg_advisory_xact_lock(${schemaLockKey});
  ${documentsTableSql}
  COMMIT;`;
const selectDocument = 'SELECT data FROM documents WHERE name = $1';
const selectAll = 'SELECT name, data FROM documents';
// Per document, also before its row exists; released by COMMIT or ROLLBACK.
const lockDocument = 'SELECT pg_advisory_xact_lock(hashtextextended($1, 0))';
const upsertDocument = `
  INSERT INTO documents (name, data, updated_at) VALUES ($1, $2, now())
  ON CONFLICT (name) DO UPDATE SET data = excluded.data, updated_at = excluded.updated_at`;

/**
 * Documents in PostgreSQL, one row per document holding its full Yjs state, so several
 * instances can serve the same board. A write merges the instance's state into the row instead
 * of replacing it, so two instances that did not see each other's edits (Redis away, or one
 * stale) never overwrite one another: the row holds the union, as Yjs merges.
 *
 * The table is created when missing; `whenReady()` rejects with ServiceUnavailable when the
 * database cannot be used, before the first edit would.
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
    this.configuration.fetch = ({ documentName }) => this.readStored(documentName);
    this.configuration.store = ({ documentName, state }) => this.merge(documentName, state);
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

  /** The stored state of a document, without loading it into the server. */
  async readStored(documentName: string): Promise<Buffer | null> {
    const { rows } = await this.pool.query<{ data: Buffer }>(selectDocument, [documentName]);
    return rows[0]?.data ?? null;
  }

  /** Every stored document's state, in one query: for a snapshot (`snapshotEndpoint.ts`). */
  async readAllStored(): Promise<DocumentState[]> {
    const { rows } = await this.pool.query<{ name: string; data: Buffer }>(selectAll);
    return rows.map((row) => ({ name: row.name, state: row.data }));
  }

  async onDestroy() {
    await this.pool.end();
  }

  private async merge(documentName: string, state: Uint8Array): Promise<void> {
    const client = await this.pool.connect();
    try {
      await client.query('BEGIN');
      await client.query(lockDocument, [documentName]);
      const { rows } = await client.query<{ data: Buffer }>(selectDocument, [documentName]);
      const stored = rows[0]?.data;
      await client.query(upsertDocument, [documentName, stored ? Y.mergeUpdates([stored, state]) : state]);
      await client.query('COMMIT');
    } catch (error) {
      await client.query('ROLLBACK').catch(() => undefined);
      throw error;
    } finally {
      client.release();
    }
  }
}
