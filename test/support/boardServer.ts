import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { endProcess } from './endProcess';

const root = fileURLToPath(new URL('../..', import.meta.url));
const startWaitMs = 20_000;
/** The end of what a server printed, enough to say why it stopped, for a server that runs through a whole test file. */
const kept = (output: string) => output.slice(-20_000);

/** PostgreSQL and Redis for the server instead of SQLite in `dataDir` (which is then left empty). */
export interface BoardServerServices {
  databaseUrl?: string;
  redisUrl?: string;
}

export interface TestBoardServer {
  /** ws://127.0.0.1:port, the same across restarts */
  url: string;
  /** http://127.0.0.1:port, for serverInfoPath */
  httpUrl: string;
  port: number;
  dataDir: string;
  /**
   * The one-time setup code the server printed on its first start (no account yet); null once an
   * account exists. `setupFirstAccount(httpUrl, setupCode)` (test/support/accounts.ts) turns it into the secretary's Session.
   */
  setupCode: string | null;
  /** The running server process's id (for its memory, read from /proc); null while it is stopped. */
  pid(): number | null;
  /** Stops the server cleanly (it writes every pending edit) and removes its data folder. */
  stop(): Promise<void>;
  /** Stops the server cleanly if it runs, then starts it again on the same data folder and port. */
  restart(): Promise<void>;
  /** Ends the server with SIGKILL, as a crash or power cut would; `restart()` brings it back. */
  kill(): Promise<void>;
}

/**
 * The real board server (`server/main.ts`) in a child process, on a free loopback port
 * with a temporary data folder (or on the PostgreSQL and Redis given), so a test can restart it
 * or kill it mid-session.
 */
export async function startBoardServer(services: BoardServerServices = {}): Promise<TestBoardServer> {
  const dataDir = await mkdtemp(join(tmpdir(), 'beraad-server-'));
  const storageArgs = [
    ...(services.databaseUrl === undefined ? ['--data', dataDir] : ['--database-url', services.databaseUrl]),
    ...(services.redisUrl === undefined ? [] : ['--redis-url', services.redisUrl]),
  ];
  let child: ChildProcess | null = null;
  let port = 0;
  let setupCode: string | null;
  // A server that stops without being told to fails the tests after it with refused connections: it says why itself.
  const watch = (running: ChildProcess, output: () => string) =>
    running.once('exit', (code, signal) => {
      if (child === running) console.error(`board server on port ${port} exited by itself (code ${code}, signal ${signal}):\n${output().slice(-5_000)}`);
    });
  try {
    let output: () => string;
    ({ child, port, setupCode, output } = await spawnServer(storageArgs, port));
    watch(child, output);
  } catch (error) {
    await rm(dataDir, { recursive: true, force: true });
    throw error;
  }

  const end = async (signal: NodeJS.Signals) => {
    const running = child;
    child = null;
    if (running) await endProcess(running, signal);
  };
  const origin = `127.0.0.1:${port}`;
  return {
    url: `ws://${origin}`,
    httpUrl: `http://${origin}`,
    port,
    dataDir,
    setupCode,
    pid: () => child?.pid ?? null,
    async stop() {
      await end('SIGTERM');
      await rm(dataDir, { recursive: true, force: true });
    },
    async restart() {
      await end('SIGTERM');
      const started = await spawnServer(storageArgs, port);
      child = started.child;
      watch(started.child, started.output);
    },
    kill: () => end('SIGKILL'),
  };
}

async function spawnServer(
  storageArgs: readonly string[],
  port: number,
): Promise<{ child: ChildProcess; port: number; setupCode: string | null; output: () => string }> {
  const child = spawn(process.execPath, ['--import', 'tsx', 'server/main.ts', ...storageArgs, '--host', '127.0.0.1', '--port', String(port)], {
    cwd: root,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  // A test run that ends early (a failure, a timeout) must not leave servers behind.
  const killOnExit = () => child.kill('SIGKILL');
  process.once('exit', killOnExit);
  child.once('exit', () => process.off('exit', killOnExit));

  let output = '';
  const started = new Promise<number>((resolve, reject) => {
    child.stdout?.on('data', (chunk: Buffer) => {
      output = kept(output + chunk.toString());
      const match = /ws:\/\/127\.0\.0\.1:(\d+)/.exec(output);
      if (match) resolve(Number(match[1]));
    });
    child.stderr?.on('data', (chunk: Buffer) => {
      output = kept(output + chunk.toString());
      // The server is quiet on stderr unless something went wrong: the test's output says so where it happened.
      process.stderr.write(`[board server] ${chunk.toString()}`);
    });
    child.once('exit', (code) => reject(new Error(`board server exited (${code}) before it listened:\n${output}`)));
  });
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`board server did not start within ${startWaitMs} ms:\n${output}`)), startWaitMs);
  });
  try {
    const boundPort = await Promise.race([started, timeout]);
    // Printed before the line with the address, so it is in the output by now.
    const setupCode = /installatiecode[^:]*: ([A-Z0-9]{4}(?:-[A-Z0-9]{4}){3})/.exec(output)?.[1] ?? null;
    return { child, port: boundPort, setupCode, output: () => output };
  } catch (error) {
    await endProcess(child, 'SIGKILL');
    throw error;
  } finally {
    clearTimeout(timer);
  }
}
