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
 * the peak over each operation: the JS heap (DevTools) and the growth of the
 * whole renderer process (resident set, which includes the zip's and the
 * blobs' buffers and IndexedDB's own).
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

interface Peaks {
  heapMb: number;
  /** The renderer's resident memory at its peak, over what it was when the work began. */
  rssGrowthMb: number;
}

/** Runs `work` while sampling memory; returns its result and the peaks. */
async function withPeakMemory<T>(page: Page, profileDir: string, work: () => Promise<T>): Promise<{ result: T; peaks: Peaks }> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Performance.enable');
  await cdp.send('HeapProfiler.collectGarbage');
  const startRss = rendererRss(profileDir);
  let heap = 0;
  let rss = startRss;
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
    return { result, peaks: { heapMb: megabytes(heap), rssGrowthMb: megabytes(rss - startRss) } };
  } finally {
    sampling = false;
    await sampler;
    await cdp.detach();
  }
}

const megabytes = (bytes: number) => Math.round(bytes / 1024 / 1024);
const higher = (a: Peaks, b: Peaks): Peaks => ({ heapMb: Math.max(a.heapMb, b.heapMb), rssGrowthMb: Math.max(a.rssGrowthMb, b.rssGrowthMb) });

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;
const round = (value: number) => Math.round(value);

export async function backupBench(page: Page, profileDir: string): Promise<Record<string, unknown>> {
  await page.evaluate(await bundle());
  const seeded = await page.evaluate<{ ms: number; notes: number }>(`window.beraadBackupBench.seed(${caseCount})`);
  const idleRendererRssMb = megabytes(rendererRss(profileDir));
  if (process.env.BENCH_PHASES) console.log(await page.evaluate('window.beraadBackupBench.phases()'));
  const backups: number[] = [];
  const restores: number[] = [];
  const reads: number[] = [];
  let bytes = 0;
  let casesInDatabase = 0;
  const none: Peaks = { heapMb: 0, rssGrowthMb: 0 };
  let backupPeaks = none;
  let restorePeaks = none;
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
    backupPeaks = higher(backupPeaks, made.peaks);
    restorePeaks = higher(restorePeaks, restored.peaks);
  }
  // Once: writing every record is the slow case, and a new machine's database starts empty.
  const intoEmpty = await withPeakMemory(page, profileDir, () =>
    page.evaluate<{ ms: number; readMs: number; cases: number }>("window.beraadBackupBench.restore('empty')"),
  );
  if (intoEmpty.result.cases !== casesInDatabase) throw new Error(`restore into an empty database left ${intoEmpty.result.cases} of ${casesInDatabase} cases`);
  // What IndexedDB itself needs for the same writes, without the app: the floor under restoreIntoEmptyMs.
  const floor = await page.evaluate<{ ms: number; records: number }>('window.beraadBackupBench.rawWriteFloor()');
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
    restoreIntoEmptyCheckMs: round(intoEmpty.result.readMs),
    rawIndexedDbWriteMs: round(floor.ms),
    rawIndexedDbRecords: floor.records,
    memory: { backup: backupPeaks, restore: restorePeaks, restoreIntoEmpty: intoEmpty.peaks },
    idleRendererRssMb,
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
