import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { build } from 'vite';
import type { Page } from 'playwright-core';
import { Profile } from '../e2e/support/browser';
import { serveRenderer } from '../e2e/support/server';

/*
 * Backup and restore of 10,000 cases, each with a description and a note
 * (BENCH_CASES to change), in real Chromium on the app's IndexedDB. Memory is
 * the peak over the operation: the JS heap (DevTools) and the whole renderer
 * process (resident set, which includes the zip's and the blobs' buffers).
 * A restore goes back over a week of changes (1 % of cases and notes); once
 * more it restores into an empty database, where every record is written.
 */
const root = fileURLToPath(new URL('../..', import.meta.url));
const caseCount = Number(process.env.BENCH_CASES ?? 10_000);
const runs = Number(process.env.BENCH_BACKUP_RUNS ?? 3);

async function bundle(): Promise<string> {
  const output = await build({
    configFile: false,
    logLevel: 'silent',
    resolve: { alias: { '@shared': `${root}/shared` } },
    build: { write: false, lib: { entry: `${root}/test/bench/page/backupBench.ts`, formats: ['iife'], name: 'beraadBackupBenchBundle' }, minify: false },
  });
  const chunk = (Array.isArray(output) ? output[0] : output) as { output: { code?: string }[] };
  return chunk.output[0]!.code!;
}

/** Resident memory of this profile's renderer processes, in bytes. */
function rendererRss(profileDir: string): number {
  let pids: string[];
  try {
    pids = execFileSync('pgrep', ['-f', '--', `--user-data-dir=${profileDir}`], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] })
      .split('\n')
      .filter(Boolean);
  } catch {
    return 0;
  }
  let total = 0;
  for (const pid of pids) {
    try {
      const status = readFileSync(`/proc/${pid}/status`, 'utf8');
      if (!readFileSync(`/proc/${pid}/cmdline`, 'utf8').includes('--type=renderer')) continue;
      total += Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0) * 1024;
    } catch {
      // The process ended between listing and reading.
    }
  }
  return total;
}

/** Runs `work` while sampling memory; returns its result and the peaks in MB. */
async function withPeakMemory<T>(page: Page, profileDir: string, work: () => Promise<T>): Promise<{ result: T; heapMb: number; rssMb: number }> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Performance.enable');
  await cdp.send('HeapProfiler.collectGarbage');
  let heap = 0;
  let rss = 0;
  let sampling = true;
  const sample = async () => {
    while (sampling) {
      const { metrics } = await cdp.send('Performance.getMetrics');
      heap = Math.max(heap, metrics.find((m) => m.name === 'JSHeapUsedSize')?.value ?? 0);
      rss = Math.max(rss, rendererRss(profileDir));
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  };
  const sampler = sample();
  try {
    const result = await work();
    return { result, heapMb: Math.round(heap / 1024 / 1024), rssMb: Math.round(rss / 1024 / 1024) };
  } finally {
    sampling = false;
    await sampler;
    await cdp.detach();
  }
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;
const round = (value: number) => Math.round(value);

export async function backupBench(page: Page, profileDir: string): Promise<Record<string, unknown>> {
  await page.evaluate(await bundle());
  const seeded = await page.evaluate<{ ms: number; notes: number }>(`window.beraadBackupBench.seed(${caseCount})`);
  const baselineRssMb = Math.round(rendererRss(profileDir) / 1024 / 1024);
  if (process.env.BENCH_PHASES) console.log(await page.evaluate('window.beraadBackupBench.phases()'));
  const backups: number[] = [];
  const restores: number[] = [];
  const reads: number[] = [];
  let bytes = 0;
  let casesInDatabase = 0;
  let heapMb = 0;
  let rssMb = 0;
  for (let run = 0; run < runs; run++) {
    const made = await withPeakMemory(page, profileDir, () => page.evaluate<{ ms: number; bytes: number; cases: number }>('window.beraadBackupBench.backup()'));
    const restored = await withPeakMemory(page, profileDir, () =>
      page.evaluate<{ ms: number; readMs: number; cases: number }>("window.beraadBackupBench.restore('changed')"),
    );
    if (restored.result.cases !== made.result.cases) throw new Error(`restore left ${restored.result.cases} of ${made.result.cases} cases`);
    backups.push(made.result.ms);
    restores.push(restored.result.ms);
    reads.push(restored.result.readMs);
    bytes = made.result.bytes;
    casesInDatabase = made.result.cases;
    heapMb = Math.max(heapMb, made.heapMb, restored.heapMb);
    rssMb = Math.max(rssMb, made.rssMb, restored.rssMb);
  }
  // Once: writing every record is the slow case, and a new machine's database starts empty.
  const intoEmpty = await withPeakMemory(page, profileDir, () =>
    page.evaluate<{ ms: number; readMs: number; cases: number }>("window.beraadBackupBench.restore('empty')"),
  );
  if (intoEmpty.result.cases !== casesInDatabase) throw new Error(`restore into an empty database left ${intoEmpty.result.cases} of ${casesInDatabase} cases`);
  heapMb = Math.max(heapMb, intoEmpty.heapMb);
  rssMb = Math.max(rssMb, intoEmpty.rssMb);
  return {
    cases: caseCount,
    casesInDatabase,
    notes: seeded.notes,
    seedMs: round(seeded.ms),
    runs,
    backupFileMb: Math.round((bytes / 1024 / 1024) * 10) / 10,
    backupMs: round(median(backups)),
    restoreMs: round(median(restores)),
    restoreCheckMs: round(median(reads)),
    restoreIntoEmptyMs: round(intoEmpty.result.ms),
    peakJsHeapMb: heapMb,
    peakRendererRssMb: rssMb,
    idleRendererRssMb: baselineRssMb,
    targets: { backupMs: 3000, restoreMs: 5000, peakMemoryMb: 300 },
  };
}

async function main(): Promise<void> {
  const server = await serveRenderer();
  const profile = new Profile(server.url);
  try {
    const page = await profile.open();
    console.log(JSON.stringify(await backupBench(page, profile.dir), null, 2));
  } finally {
    await profile.close();
    profile.dispose();
    await server.close();
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) await main();
