import { join, resolve } from 'node:path';
import { Server } from '@hocuspocus/server';
import { syncProtocolVersion } from '@shared/sync/protocol';
import packageJson from '../package.json' with { type: 'json' };
import { documentNameGuard } from './extensions/documentNameGuard';
import { protocolCheck } from './extensions/protocolCheck';
import { serverInfoEndpoint } from './extensions/serverInfoEndpoint';
import { SqliteStorage } from './extensions/sqliteStorage';

/** The database file inside the data folder. */
const databaseFileName = 'board.sqlite';

/**
 * The largest WebSocket message the server reads; a larger one closes the socket (1009).
 * Without it a socket that never authenticates can make the server buffer without limit.
 * 16 MiB holds a first upload of a long case with room to spare; attachments do not travel here.
 */
export const maxMessageBytes = 16 * 1024 * 1024;

/**
 * Durability: an edit the server received is written to SQLite at most ~1 s later
 * (500 ms after typing pauses, at least once a second while it goes on), and at once
 * when the last person leaves the document or the server stops. A `kill -9` or power
 * cut loses at most that last second on the server; a client still open sends it
 * again when it reconnects.
 */
const storeDebounceMs = 500;
const storeMaxDebounceMs = 1000;

export interface BoardServerConfig {
  /** Folder for the database; created when missing. */
  dataDir: string;
  host: string;
  /** 0 picks a free port. */
  port: number;
}

export interface BoardServerAddress {
  /** ws://host:port, for a HocuspocusProvider */
  url: string;
  /** http://host:port, for serverInfoPath */
  httpUrl: string;
  port: number;
}

/** The board's sync server: Hocuspocus with SQLite storage in the data folder. */
export function createBoardServer({ dataDir, host, port }: BoardServerConfig) {
  const databaseFile = join(resolve(dataDir), databaseFileName);
  const server = new Server(
    {
      address: host,
      port,
      quiet: true,
      // The caller decides how to stop (main.ts on SIGINT/SIGTERM, tests in their teardown).
      stopOnSignals: false,
      debounce: storeDebounceMs,
      maxDebounce: storeMaxDebounceMs,
      extensions: [
        documentNameGuard,
        protocolCheck,
        serverInfoEndpoint({ app: 'beraad', protocol: syncProtocolVersion, serverVersion: packageJson.version }),
        new SqliteStorage(databaseFile),
      ],
    },
    { maxPayload: maxMessageBytes },
  );

  return {
    /**
     * Rejects with Node's listen error (EADDRINUSE, EACCES, …) when the port cannot be had, and
     * with the mkdir or SQLite error (SQLITE_CANTOPEN) when the data folder cannot be used.
     */
    async listen(): Promise<BoardServerAddress> {
      await new Promise<void>((resolveListen, rejectListen) => {
        // Hocuspocus' own listen() never settles on a listen error; the HTTP server's event does.
        server.httpServer.once('error', rejectListen);
        server.listen().then(() => {
          server.httpServer.off('error', rejectListen);
          resolveListen();
        }, rejectListen);
      });
      const bound = server.address.port;
      const origin = `${host.includes(':') ? `[${host}]` : host}:${bound}`;
      return { url: `ws://${origin}`, httpUrl: `http://${origin}`, port: bound };
    },

    /** Closes every connection, writes every document that has unsaved edits, and closes the database. */
    stop(): Promise<void> {
      return server.destroy();
    },
  };
}

export type BoardServer = ReturnType<typeof createBoardServer>;
