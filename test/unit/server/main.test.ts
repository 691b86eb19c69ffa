import { spawn } from 'node:child_process';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../../..', import.meta.url));
const exitWaitMs = 10_000;

/**
 * Runs `npm run server -- …` as the person would, with a bound on how long it may take;
 * `stopWhenStarted` presses Ctrl+C (SIGINT) once it says where it runs.
 */
function runServer(args: string[], { stopWhenStarted = false } = {}): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', 'server/main.ts', ...args], { cwd: root, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => {
      const started = !stdout.includes('ws://');
      stdout += chunk.toString();
      if (stopWhenStarted && started && stdout.includes('ws://')) child.kill('SIGINT');
    });
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`server main did not exit within ${exitWaitMs} ms:\n${stdout}${stderr}`));
    }, exitWaitMs);
    // A test that ends early must not leave a server behind.
    const killOnExit = () => child.kill('SIGKILL');
    process.once('exit', killOnExit);
    child.once('exit', (code) => {
      clearTimeout(timer);
      process.off('exit', killOnExit);
      resolve({ code, stdout, stderr });
    });
  });
}

/** A loopback port nobody listens on. */
async function closedPort(): Promise<number> {
  const probe = createServer();
  await new Promise<void>((resolve) => probe.listen(0, '127.0.0.1', resolve));
  const address = probe.address();
  await new Promise((resolve) => probe.close(resolve));
  return typeof address === 'object' && address ? address.port : 0;
}

describe('npm run server', { timeout: exitWaitMs + 5000 }, () => {
  it('explains every option on --help and exits 0', async () => {
    const { code, stdout } = await runServer(['--help']);

    expect(code).toBe(0);
    for (const option of ['--data', '--database-url', 'BERAAD_DATABASE_URL', '--redis-url', 'BERAAD_REDIS_URL', '--host', '--port', '--help']) {
      expect(stdout).toContain(option);
    }
  });

  it('says where it runs, and on Ctrl+C stops cleanly with exit code 0', async () => {
    const dataDir = await mkdtemp(join(tmpdir(), 'beraad-server-main-'));
    try {
      const { code, stdout } = await runServer(['--data', dataDir, '--port', '0'], { stopWhenStarted: true });

      expect(stdout).toMatch(/draait op ws:\/\/127\.0\.0\.1:\d+ /);
      expect(stdout).toContain(`(gegevens in ${dataDir})`);
      expect(stdout).toContain('alle wijzigingen zijn bewaard');
      expect(code).toBe(0);
    } finally {
      await rm(dataDir, { recursive: true, force: true });
    }
  });

  it('prints a one-time setup code on its first start only', async () => {
    const dataDir = await mkdtemp(join(tmpdir(), 'beraad-server-main-'));
    try {
      const first = await runServer(['--data', dataDir, '--port', '0'], { stopWhenStarted: true });
      const code = /installatiecode[^:]*: ([A-Z0-9-]{19})/.exec(first.stdout)?.[1];
      expect(code).toBeDefined();
      // Still no account: the next start prints another code, and the first no longer counts.
      const second = await runServer(['--data', dataDir, '--port', '0'], { stopWhenStarted: true });
      expect(second.stdout).toContain('installatiecode');
      expect(second.stdout).not.toContain(code);
    } finally {
      await rm(dataDir, { recursive: true, force: true });
    }
  });

  it('listens beyond this computer when asked, and says that TLS belongs to a reverse proxy', async () => {
    const dataDir = await mkdtemp(join(tmpdir(), 'beraad-server-main-'));
    try {
      const { code, stdout } = await runServer(['--data', dataDir, '--host', '0.0.0.0', '--port', '0'], { stopWhenStarted: true });

      expect(stdout).toContain('reverse proxy');
      expect(stdout).toMatch(/draait op ws:\/\/0\.0\.0\.0:\d+ /);
      expect(code).toBe(0);
    } finally {
      await rm(dataDir, { recursive: true, force: true });
    }
  });

  it('makes a backup on request, says what is in it, and refuses to write over it again', async () => {
    const dataDir = await mkdtemp(join(tmpdir(), 'beraad-server-main-'));
    try {
      await runServer(['--data', dataDir, '--port', '0'], { stopWhenStarted: true });
      const target = join(dataDir, 'kopie');

      const first = await runServer(['backup', '--data', dataDir, '--to', target]);
      const again = await runServer(['backup', '--data', dataDir, '--to', target]);

      expect(first.stdout).toContain(`Reservekopie gemaakt in ${target}: 0 documenten, 0 accounts`);
      expect(first.code).toBe(0);
      expect(again.stderr).toContain(`In ${target} staat al een reservekopie`);
      expect(again.code).toBe(1);
    } finally {
      await rm(dataDir, { recursive: true, force: true });
    }
  });

  // Four runs of the server one after another, each bounded by itself: on a busy machine their starts alone took the describe's whole bound.
  it('restores a backup into an empty folder, and refuses a folder that holds a board', { timeout: 4 * exitWaitMs + 5000 }, async () => {
    const dataDir = await mkdtemp(join(tmpdir(), 'beraad-server-main-'));
    try {
      await runServer(['--data', dataDir, '--port', '0'], { stopWhenStarted: true });
      const backup = join(dataDir, 'kopie');
      await runServer(['backup', '--data', dataDir, '--to', backup]);
      const restored = join(dataDir, 'hersteld');

      const first = await runServer(['restore', '--from', backup, '--data', restored]);
      const again = await runServer(['restore', '--from', backup, '--data', restored]);

      expect(first.stdout).toContain(`Reservekopie teruggezet in ${restored}: 0 documenten, 0 accounts`);
      expect(first.code).toBe(0);
      expect(again.stderr).toContain(`In ${restored} staan al gegevens van een Beraad-server.`);
      expect(again.code).toBe(1);
    } finally {
      await rm(dataDir, { recursive: true, force: true });
    }
  });

  it('says in Dutch that the port is taken, and exits non-zero', async () => {
    const taken = createServer();
    await new Promise<void>((resolve) => taken.listen(0, '127.0.0.1', resolve));
    const address = taken.address();
    const port = typeof address === 'object' && address ? address.port : 0;
    const dataDir = await mkdtemp(join(tmpdir(), 'beraad-server-main-'));
    try {
      const { code, stderr } = await runServer(['--data', dataDir, '--port', String(port)]);

      expect(code).not.toBe(0);
      expect(stderr).toContain(`Poort ${port} is al in gebruik`);
    } finally {
      taken.close();
      await rm(dataDir, { recursive: true, force: true });
    }
  });

  it.each([
    ['the database (PostgreSQL)', (port: number) => ['--database-url', `postgres://beraad:geheim@127.0.0.1:${port}/beraad`], 'De database (PostgreSQL) op postgres://beraad:***@127.0.0.1'],
    ['Redis', (port: number, dataDir: string) => ['--data', dataDir, '--redis-url', `redis://:geheim@127.0.0.1:${port}`], 'Redis op redis://:***@127.0.0.1'],
  ])('says in Dutch that %s cannot be reached, without its password or a stack trace, and exits 1', async (_, options, said) => {
    const port = await closedPort();
    const dataDir = await mkdtemp(join(tmpdir(), 'beraad-server-main-'));
    try {
      const { code, stdout, stderr } = await runServer([...options(port, dataDir), '--port', '0']);

      expect(stderr).toContain(`${said}:${port}`);
      expect(stderr).toContain('er luistert niets op dat adres');
      expect(stderr).not.toContain('geheim');
      expect(stderr).not.toMatch(/^\s+at /m);
      expect(stdout).toBe('');
      expect(code).toBe(1);
    } finally {
      await rm(dataDir, { recursive: true, force: true });
    }
  });

  it.each([
    ['a file stands where the folder should be', (parent: string) => writeFile(join(parent, 'in-the-way'), '').then(() => join(parent, 'in-the-way', 'data'))],
    ['SQLite cannot open its file there', (parent: string) => mkdir(join(parent, 'board.sqlite')).then(() => parent)],
  ])('says in Dutch that the data folder cannot be used when %s, and exits 1', async (_, prepare) => {
    const parent = await mkdtemp(join(tmpdir(), 'beraad-server-main-'));
    try {
      const dataDir = await prepare(parent);

      const { code, stderr } = await runServer(['--data', dataDir, '--port', '0']);

      expect(stderr).toContain(`De gegevensmap ${dataDir} kan niet worden gebruikt`);
      expect(code).toBe(1);
    } finally {
      await rm(parent, { recursive: true, force: true });
    }
  });
});
