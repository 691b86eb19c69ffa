import pg from 'pg';
import { ServiceUnavailable } from './serviceUnavailable';

/** One connection to PostgreSQL for a command (backup, restore); a database that cannot be reached is a ServiceUnavailable, said in Dutch by main.ts. */
export async function connectPostgres(url: string): Promise<pg.Client> {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 10_000 });
  try {
    await client.connect();
  } catch (error) {
    throw new ServiceUnavailable('postgres', url, error);
  }
  return client;
}
