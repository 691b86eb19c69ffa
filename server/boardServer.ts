import { join, resolve } from 'node:path';
import { Server } from '@hocuspocus/server';
import { decisionPath, decisionRequestSchema } from '@shared/advice/decisionRequest';
import { outcomePath, outcomeRequestSchema } from '@shared/advice/outcomeRequest';
import { ownerCasePath, ownerCaseRequestSchema } from '@shared/advice/ownerCase';
import { caseAuditPath, caseAuditRequestSchema } from '@shared/audit/caseAudit';
import { defaultReferencePattern } from '@shared/cases/reference';
import { syncProtocolVersion } from '@shared/sync/protocol';
import packageJson from '../package.json' with { type: 'json' };
import { type AccountStore } from './accounts/accountStore';
import { createAccountService } from './accounts/accountService';
import { createPostgresAccountStore } from './accounts/postgresAccountStore';
import { createRateLimit } from './accounts/rateLimit';
import { createSqliteAccountStore } from './accounts/sqliteAccountStore';
import { createCaseAuditService } from './audit/caseAuditService';
import { accountsFileName, documentsFileName } from './dataFiles';
import { accountEndpoints } from './extensions/accountEndpoints';
import { commandEndpoint } from './extensions/commandEndpoint';
import { DecisionGuard } from './extensions/decisionGuard';
import { ReferenceIssuer } from './extensions/referenceIssuer';
import { createDecisionService } from './decisions/decisionService';
import { createOwnerCaseService } from './decisions/ownerCaseService';
import { DocumentAuthorization } from './extensions/documentAuthorization';
import { screeningEndpoint } from './extensions/screeningEndpoint';
import { createScreeningService } from './screenings/screeningService';
import { documentNameGuard } from './extensions/documentNameGuard';
import { PostgresStorage } from './extensions/postgresStorage';
import { RedisFanOut } from './extensions/redisFanOut';
import { serverInfoEndpoint } from './extensions/serverInfoEndpoint';
import { snapshotEndpoint } from './extensions/snapshotEndpoint';
import { SqliteStorage } from './extensions/sqliteStorage';


/**
 * The largest WebSocket message the server reads; a larger one closes the socket (1009).
 * Without it a socket that never authenticates can make the server buffer without limit.
 * 16 MiB holds a first upload of a long case with room to spare; attachments do not travel here.
 */
export const maxMessageBytes = 16 * 1024 * 1024;

/**
 * Durability: an edit the server received is written to its database at most ~1 s later
 * (500 ms after typing pauses, at least once a second while it goes on), and at once
 * when the last person leaves the document or the server stops. A `kill -9` or power
 * cut loses at most that last second on the server; a client still open sends it
 * again when it reconnects.
 */
const storeDebounceMs = 500;
const storeMaxDebounceMs = 1000;

/** Where the documents are kept: one SQLite file for one instance, PostgreSQL for several. */
export type BoardStorage =
  | { kind: 'sqlite'; /** Folder for the database file; created when missing. */ dataDir: string }
  | { kind: 'postgres'; /** postgres:// address; the table is created when missing. */ url: string };

export interface BoardServerConfig {
  storage: BoardStorage;
  /** redis:// address through which several instances serve the same documents; none for one instance. */
  redisUrl?: string;
  host: string;
  /** 0 picks a free port. */
  port: number;
  /** How often open connections are checked against the stored accounts (tests shorten it). */
  accountRecheckMs?: number;
  /** The board's pattern for the reference numbers the server issues (`shared/cases/reference.ts`). */
  referencePattern?: string;
}

export interface BoardServerAddress {
  /** ws://host:port, for a HocuspocusProvider */
  url: string;
  /** http://host:port, for serverInfoPath */
  httpUrl: string;
  port: number;
  /** The one-time code to create the first account, while the server has none; printed once by main.ts. */
  setupCode: string | null;
}

/** The board's sync server: Hocuspocus with its documents in SQLite or PostgreSQL, and Redis between instances when configured. */
export function createBoardServer({ storage, redisUrl, host, port, accountRecheckMs, referencePattern = defaultReferencePattern }: BoardServerConfig) {
  const storageExtension = storage.kind === 'sqlite' ? new SqliteStorage(join(resolve(storage.dataDir), documentsFileName)) : new PostgresStorage(storage.url);
  const accountStore: AccountStore =
    storage.kind === 'sqlite' ? createSqliteAccountStore(join(resolve(storage.dataDir), accountsFileName)) : createPostgresAccountStore(storage.url);
  const accounts = createAccountService(accountStore, createRateLimit());
  const decisions = createDecisionService(accountStore);
  const fanOut = redisUrl === undefined ? undefined : new RedisFanOut(redisUrl);
  const references = new ReferenceIssuer(accountStore, referencePattern);
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
        new DocumentAuthorization({
          service: accounts,
          store: accountStore,
          readStored: (documentName) => storageExtension.readStored(documentName),
          ...(accountRecheckMs === undefined ? {} : { recheckMs: accountRecheckMs }),
        }),
        accountEndpoints(accounts),
        commandEndpoint(accounts, decisionPath, decisionRequestSchema, decisions.decide),
        commandEndpoint(accounts, outcomePath, outcomeRequestSchema, decisions.recordOutcome),
        commandEndpoint(accounts, caseAuditPath, caseAuditRequestSchema, createCaseAuditService(accountStore).read),
        commandEndpoint(accounts, ownerCasePath, ownerCaseRequestSchema, createOwnerCaseService(accountStore).read),
        screeningEndpoint(accounts, createScreeningService(accountStore)),
        snapshotEndpoint(accounts, () => storageExtension.readAllStored()),
        new DecisionGuard(accountStore),
        references,
        serverInfoEndpoint({ app: 'beraad', protocol: syncProtocolVersion, serverVersion: packageJson.version }),
        storageExtension,
        ...(fanOut === undefined ? [] : [fanOut]),
      ],
    },
    { maxPayload: maxMessageBytes },
  );

  return {
    /**
     * Rejects with Node's listen error (EADDRINUSE, EACCES, …) when the port cannot be had,
     * with the mkdir or SQLite error (SQLITE_CANTOPEN) when the data folder cannot be used,
     * and with ServiceUnavailable when PostgreSQL or Redis cannot be used.
     */
    async listen(): Promise<BoardServerAddress> {
      // Storage and Redis before the port: a server that cannot store or share never lets anyone in.
      await Promise.all([storageExtension.whenReady(), accountStore.whenReady(), fanOut?.whenReady()]);
      await references.claimStored(() => storageExtension.readAllStored());
      const setupCode = await accounts.prepareSetup();
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
      return { url: `ws://${origin}`, httpUrl: `http://${origin}`, port: bound, setupCode };
    },

    /** Closes every connection, writes every document that has unsaved edits, and closes the database and Redis connections. */
    async stop(): Promise<void> {
      try {
        await server.destroy();
      } finally {
        await accountStore.close();
      }
    },
  };
}

export type BoardServer = ReturnType<typeof createBoardServer>;
