import sqlite3 from 'sqlite3';

/** Opens one SQLite file for `work` and closes it afterwards, whatever happens. */
export async function withSqlite<T>(file: string, mode: number, work: (db: sqlite3.Database) => Promise<T>): Promise<T> {
  const db = await new Promise<sqlite3.Database>((resolveOpen, reject) => {
    const opened: sqlite3.Database = new sqlite3.Database(file, mode, (error) => (error ? reject(error) : resolveOpen(opened)));
  });
  try {
    return await work(db);
  } finally {
    await new Promise<void>((resolveClose) => db.close(() => resolveClose()));
  }
}

export function run(db: sqlite3.Database, sql: string, params: unknown[]): Promise<void> {
  return new Promise((resolveRun, reject) => db.run(sql, params, (error: Error | null) => (error ? reject(error) : resolveRun())));
}

export function exec(db: sqlite3.Database, sql: string): Promise<void> {
  return new Promise((resolveExec, reject) => db.exec(sql, (error) => (error ? reject(error) : resolveExec())));
}

export function all<T>(db: sqlite3.Database, sql: string): Promise<T[]> {
  return new Promise((resolveAll, reject) => db.all(sql, (error: Error | null, rows: T[]) => (error ? reject(error) : resolveAll(rows))));
}
