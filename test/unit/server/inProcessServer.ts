import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach } from 'vitest';
import type { Session } from '@shared/accounts/accountSchema';
import { helloToken } from '@shared/sync/protocol';
import { type BoardServerAddress, type BoardServerConfig, type BoardStorage, createBoardServer } from '../../../server/boardServer';
import { setupFirstAccount } from '../../support/accounts';
import { connectClient, type YjsClient } from '../../support/yjsClient';

export interface InProcessServer extends BoardServerAddress {
  /** The secretary's session: made with the setup code on the storage's first start, the same one after. */
  secretary: Session;
  /** The secretary's connection token, as the app sends it. */
  token: string;
  stop(): Promise<void>;
}

type StartConfig = Pick<BoardServerConfig, 'storage' | 'redisUrl' | 'accountRecheckMs'>;

/**
 * The real board server inside the test process (fast to start), on a free loopback port
 * over a temporary data folder. Everything opened through it is closed after each test.
 * The first start on a storage sets up its first account; later starts on it reuse that session.
 */
export function useInProcessServers() {
  const dataDirs: string[] = [];
  const servers: InProcessServer[] = [];
  const clients: YjsClient[] = [];
  const secretaries = new Map<string, Promise<Session>>();

  afterEach(async () => {
    clients.splice(0).forEach((client) => client.close());
    await Promise.all(servers.splice(0).map((server) => server.stop()));
    await Promise.all(dataDirs.splice(0).map((dir) => rm(dir, { recursive: true, force: true })));
  });

  const startWith = async (config: StartConfig): Promise<InProcessServer> => {
    const server = createBoardServer({ ...config, host: '127.0.0.1', port: 0 });
    let stopped: Promise<void> | undefined;
    const stop = () => (stopped ??= server.stop());
    const address = await server.listen();
    const key = config.storage.kind === 'sqlite' ? config.storage.dataDir : config.storage.url;
    let secretary = secretaries.get(key);
    if (secretary === undefined) {
      if (address.setupCode === null) throw new Error(`no setup code and no session for ${key}`);
      secretary = setupFirstAccount(address.httpUrl, address.setupCode);
      secretaries.set(key, secretary);
    }
    const session = await secretary.catch(async (error: unknown) => {
      await stop();
      throw error;
    });
    const running = { ...address, secretary: session, token: helloToken(session.accessToken), stop };
    servers.push(running);
    return running;
  };

  return {
    async newDataDir(): Promise<string> {
      const dir = await mkdtemp(join(tmpdir(), 'beraad-board-server-'));
      dataDirs.push(dir);
      return dir;
    },

    /** Starts a server over SQLite in `dataDir`. */
    async start(dataDir: string, options: Omit<StartConfig, 'storage'> = {}): Promise<InProcessServer> {
      return startWith({ storage: { kind: 'sqlite', dataDir }, ...options });
    },

    /** Starts a server with the given storage (and Redis); `stop()` may be called early, and only the first call stops it. */
    startWith,

    /** Starts a server over SQLite in `dataDir` (or on the storage given) without setting up its first account: `setupCode` is the test's. */
    async startFresh(where: string | BoardStorage): Promise<BoardServerAddress & { stop(): Promise<void> }> {
      const storage: BoardStorage = typeof where === 'string' ? { kind: 'sqlite', dataDir: where } : where;
      const server = createBoardServer({ storage, host: '127.0.0.1', port: 0 });
      let stopped: Promise<void> | undefined;
      const stop = () => (stopped ??= server.stop());
      const address = await server.listen();
      // Stopped after the test like the others; it has no session.
      servers.push({ ...address, secretary: undefined as never, token: '', stop });
      return { ...address, stop };
    },

    /** Connects a client and waits for it to sync; with the secretary's token unless another is given. */
    async connect(server: Pick<InProcessServer, 'url' | 'token'>, documentName: string, token: string = server.token): Promise<YjsClient> {
      const client = await connectClient(server.url, documentName, token);
      clients.push(client);
      return client;
    },
  };
}
