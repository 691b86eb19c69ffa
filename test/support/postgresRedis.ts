import { type ChildProcess, execFile, spawn } from 'node:child_process';
import { accessSync, constants, existsSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { chown, mkdtemp, rm } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { delimiter, join } from 'node:path';
import { promisify } from 'node:util';
import { endProcess } from './endProcess';

const startWaitMs = 30_000;
/** How CI (`.ci/run`) installs them; named in the failure when they are missing. */
const aptInstall = 'apt-get install -y --no-install-recommends postgresql redis-server';

export interface TestService {
  /** postgres://… or redis://… on 127.0.0.1 */
  url: string;
  /** From spawning the first process until the service accepts connections. */
  startMs: number;
  /** Ends the service and removes its folder. */
  stop(): Promise<void>;
}

/**
 * A real PostgreSQL in a temporary folder on a free loopback port (trust login as `postgres`,
 * no fsync: test data need not survive a power cut). Started as the `postgres` user when the
 * tests run as root, because PostgreSQL refuses to run as root. Killed when the test process exits.
 */
export async function startPostgres(): Promise<TestService> {
  const bin = postgresBinDir();
  const runAs = process.getuid?.() === 0 ? postgresUser() : undefined;
  const dir = await mkdtemp(join(tmpdir(), 'beraad-postgres-'));
  const removeDir = () => rmSync(dir, { recursive: true, force: true });
  try {
    if (runAs) await chown(dir, runAs.uid, runAs.gid);
    const dataDir = join(dir, 'data');
    const started = performance.now();
    await promisify(execFile)(join(bin, 'initdb'), ['-D', dataDir, '-U', 'postgres', '-A', 'trust', '-E', 'UTF8', '--locale=C', '--no-sync'], {
      ...runAs,
      timeout: startWaitMs,
    });
    const port = await freePort();
    const args = ['-D', dataDir, '-k', dir, '-p', String(port), '-c', 'listen_addresses=127.0.0.1', '-c', 'fsync=off', '-c', 'full_page_writes=off'];
    const child = spawn(join(bin, 'postgres'), args, { ...runAs, stdio: ['ignore', 'pipe', 'pipe'] });
    await untilOutput(child, /database system is ready to accept connections/, 'PostgreSQL', removeDir);
    const startMs = performance.now() - started;
    return {
      url: `postgres://postgres@127.0.0.1:${port}/postgres`,
      startMs,
      // SIGINT is PostgreSQL's fast shutdown: it ends the sessions and stops without waiting for them.
      stop: () => endProcess(child, 'SIGINT').then(() => rm(dir, { recursive: true, force: true })),
    };
  } catch (error) {
    removeDir();
    throw error;
  }
}

/** A real Redis on a free loopback port that keeps nothing on disk; killed when the test process exits. */
export async function startRedis(): Promise<TestService> {
  const redisServer = onPath('redis-server');
  if (redisServer === undefined) throw missing('redis-server');
  const port = await freePort();
  const started = performance.now();
  const child = spawn(redisServer, ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no'], {
    cwd: tmpdir(),
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  await untilOutput(child, /Ready to accept connections/, 'Redis');
  return { url: `redis://127.0.0.1:${port}`, startMs: performance.now() - started, stop: () => endProcess(child, 'SIGTERM') };
}

/** Debian keeps initdb and postgres in /usr/lib/postgresql/<version>/bin, outside PATH; elsewhere they are on it. */
function postgresBinDir(): string {
  const debian = '/usr/lib/postgresql';
  const versions = existsSync(debian) ? readdirSync(debian).sort((a, b) => Number(b) - Number(a)) : [];
  const candidates = [...versions.map((version) => join(debian, version, 'bin')), ...(process.env.PATH ?? '').split(delimiter)];
  const bin = candidates.find((dir) => executable(join(dir, 'postgres')) && executable(join(dir, 'initdb')));
  if (bin === undefined) throw missing('PostgreSQL (initdb, postgres)');
  return bin;
}

function postgresUser(): { uid: number; gid: number } {
  const line = readFileSync('/etc/passwd', 'utf8')
    .split('\n')
    .find((entry) => entry.startsWith('postgres:'));
  const [, , uid, gid] = line?.split(':') ?? [];
  if (uid === undefined || gid === undefined) throw missing('the postgres user (PostgreSQL refuses to run as root)');
  return { uid: Number(uid), gid: Number(gid) };
}

function missing(what: string): Error {
  return new Error(`${what} not found: the scale-out tests need real PostgreSQL and Redis. Install them with \`${aptInstall}\` (.ci/run does).`);
}

function onPath(name: string): string | undefined {
  return (process.env.PATH ?? '')
    .split(delimiter)
    .map((dir) => join(dir, name))
    .find(executable);
}

function executable(file: string): boolean {
  try {
    accessSync(file, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

/** A port nothing listens on right now; the service binds it a moment later. */
async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  await new Promise((resolve) => server.close(resolve));
  if (address === null || typeof address === 'string') throw new Error('no free loopback port');
  return address.port;
}

/**
 * Resolves once the process prints `ready`; kills it when it exits first, does not say so within
 * the bound, or when the test process exits (a failure or timeout must not leave it behind).
 */
async function untilOutput(child: ChildProcess, ready: RegExp, name: string, onExit?: () => void): Promise<void> {
  const killOnExit = () => {
    child.kill('SIGKILL');
    onExit?.();
  };
  process.once('exit', killOnExit);
  child.once('exit', () => process.off('exit', killOnExit));

  let output = '';
  let timer: NodeJS.Timeout | undefined;
  const started = new Promise<void>((resolve, reject) => {
    const read = (chunk: Buffer) => {
      output += chunk.toString();
      if (ready.test(output)) resolve();
    };
    child.stdout?.on('data', read);
    child.stderr?.on('data', read);
    child.once('exit', (code) => reject(new Error(`${name} exited (${code}) before it was ready:\n${output}`)));
    timer = setTimeout(() => reject(new Error(`${name} was not ready within ${startWaitMs} ms:\n${output}`)), startWaitMs);
  });
  try {
    await started;
  } catch (error) {
    await endProcess(child, 'SIGKILL');
    throw error;
  } finally {
    clearTimeout(timer);
  }
}
