import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach } from 'vitest';
import { type BoardServerAddress, type BoardServerConfig, createBoardServer } from '../../../server/boardServer';
import { connectClient, type YjsClient } from '../../support/yjsClient';

export interface InProcessServer extends BoardServerAddress {
  stop(): Promise<void>;
}

/**
 * The real board server inside the test process (fast to start), on a free loopback port
 * over a temporary data folder. Everything opened through it is closed after each test.
 */
export function useInProcessServers() {
  const dataDirs: string[] = [];
  const servers: InProcessServer[] = [];
  const clients: YjsClient[] = [];

  afterEach(async () => {
    clients.splice(0).forEach((client) => client.close());
    await Promise.all(servers.splice(0).map((server) => server.stop()));
    await Promise.all(dataDirs.splice(0).map((dir) => rm(dir, { recursive: true, force: true })));
  });

  const startWith = async (config: Pick<BoardServerConfig, 'storage' | 'redisUrl'>): Promise<InProcessServer> => {
    const server = createBoardServer({ ...config, host: '127.0.0.1', port: 0 });
    let stopped: Promise<void> | undefined;
    const running = { ...(await server.listen()), stop: () => (stopped ??= server.stop()) };
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
    async start(dataDir: string): Promise<InProcessServer> {
      return startWith({ storage: { kind: 'sqlite', dataDir } });
    },

    /** Starts a server with the given storage (and Redis); `stop()` may be called early, and only the first call stops it. */
    startWith,

    async connect(url: string, documentName: string): Promise<YjsClient> {
      const client = await connectClient(url, documentName);
      clients.push(client);
      return client;
    },
  };
}
