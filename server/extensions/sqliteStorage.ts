import { once } from 'node:events';
import { mkdir } from 'node:fs/promises';
import { dirname } from 'node:path';
import { selectQuery, SQLite, upsertQuery } from '@hocuspocus/extension-sqlite';
import type { DocumentState } from '@shared/sync/documentSnapshot';

const selectAll = 'SELECT name, data FROM "documents"';

/**
 * Hocuspocus' SQLite extension with its gaps closed: the folder is created, the file is written ahead (WAL), a file that
 * cannot be opened fails `whenReady()` (and so `listen()`) instead of the first edit, a store resolves only once
 * SQLite has the row (upstream does not wait, so a stop right after the last edit could
 * end the process before it is written), and a stop closes the file.
 */
export class SqliteStorage extends SQLite {
  private opened: Promise<void> | undefined;

  constructor(file: string) {
    super({ database: file });
    this.configuration.store = ({ documentName, state }) => this.write(documentName, state);
  }

  override async onConfigure() {
    // Nothing waits for this hook; the failure is reported by whenReady(), which listen() awaits.
    this.whenReady().catch(() => undefined);
  }

  /** Opens the file once, whichever asks first: Hocuspocus' onConfigure runs a tick after the server is made. */
  whenReady(): Promise<void> {
    return (this.opened ??= this.open());
  }

  async onDestroy() {
    const db = this.db;
    this.db = undefined;
    // A file that never opened has nothing to close (and sqlite3 would never call back).
    const open = (await this.opened?.then(() => true, () => false)) ?? false;
    if (!db || !open) return;
    await new Promise<void>((resolve, reject) => db.close((error) => (error ? reject(error) : resolve())));
  }

  /** The stored state of a document, without loading it into the server. */
  async readStored(documentName: string): Promise<Uint8Array | null> {
    await this.whenReady();
    const db = this.db;
    if (!db) return null;
    return new Promise((resolve, reject) =>
      db.get(selectQuery, { $name: documentName }, (error: Error | null, row: { data: Buffer } | undefined) => (error ? reject(error) : resolve(row?.data ?? null))),
    );
  }

  /** Every stored document's state, in one query: for a snapshot (`snapshotEndpoint.ts`). */
  async readAllStored(): Promise<DocumentState[]> {
    await this.whenReady();
    const db = this.db;
    if (!db) return [];
    return new Promise((resolve, reject) =>
      db.all(selectAll, (error: Error | null, rows: { name: string; data: Buffer }[]) =>
        error ? reject(error) : resolve(rows.map((row) => ({ name: row.name, state: row.data }))),
      ),
    );
  }

  private async open() {
    await mkdir(dirname(this.configuration.database), { recursive: true });
    await super.onConfigure();
    const db = this.db;
    if (!db) return;
    await once(db, 'open');
    const run = (statement: string) => new Promise<void>((resolve, reject) => db.run(statement, (error: Error | null) => (error ? reject(error) : resolve())));
    /*
     * Each store is one commit, and the file's default journal syncs journal and file for every one:
     * 27 ms a store on this machine's disk, so a board of 2,000 cases moving to the server waited 55 s
     * for its writes, and every edit behind them. Write-ahead, a commit syncs the log once (3–4 ms),
     * as durable (synchronous stays FULL); readers no longer wait for a writer either.
     */
    await run('PRAGMA journal_mode = WAL');
    // Upstream starts creating the table without waiting; a document loaded before it is done would fail.
    await run(this.configuration.schema);
  }

  private write(documentName: string, state: Buffer): Promise<void> {
    const db = this.db;
    if (!db) return Promise.reject(new Error(`storage is closed; ${documentName} was not written`));
    return new Promise((resolve, reject) =>
      db.run(upsertQuery, { $name: documentName, $data: state }, (error: Error | null) => (error ? reject(error) : resolve())),
    );
  }
}
