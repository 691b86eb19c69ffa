import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { join } from 'node:path';
import { Profile } from '../e2e/support/browser';
import { profiledWhen } from './cpuProfile';
import { median } from './measure';
import { buildPageBundle } from './pageBundle';
import { toResult, type BenchResult } from './results';

/*
 * Backup and restore of 10,000 cases, each with a description and a note
 * (BENCH_CASES to change), in real Chromium on the app's IndexedDB, in a
 * profile that holds nothing else. Memory is the peak over each operation: the
 * JS heap (DevTools) and the growth of the whole renderer process (resident
 * set, which includes the zip's and the blobs' buffers and IndexedDB's own).
 * A restore goes back over a week of changes (1 % of cases and notes); then
 * it restores into an empty database, where every record is written.
 * Floors: for the backup, reading every record with IndexedDB's own API,
 * measured right before each backup so both see the same load; for the
 * restore into an empty database, writing them into the same emptied database.
 * A backup's CPU time is shown beside the floor's too: the page's thread
 * (backupPageCpu), which it waits for on an idle machine, and all the
 * renderer's threads, its packing worker included (backupRendererCpu).
 */
const caseCount = Number(process.env.BENCH_CASES ?? 10_000);
const runs = Number(process.env.BENCH_BACKUP_RUNS ?? 3);

/** This profile's renderer processes. */
function rendererPids(profileDir: string): string[] {
  let pids: string[];
  try {
    pids = execFileSync('pgrep', ['-f', '--', `--user-data-dir=${profileDir}`], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] })
      .split('\n')
      .filter(Boolean);
  } catch {
    return [];
  }
  return pids.filter((pid) => {
    try {
      return readFileSync(`/proc/${pid}/cmdline`, 'utf8').includes('--type=renderer');
    } catch {
      // The process ended between listing and reading.
      return false;
    }
  });
}

/** Resident memory of this profile's renderer processes, in bytes. */
function rendererRss(profileDir: string): number {
  let total = 0;
  for (const pid of rendererPids(profileDir)) {
    try {
      total += Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1] ?? 0) * 1024;
    } catch {
      // The process ended between listing and reading.
    }
  }
  return total;
}

const ticksPerSecond = Number(execFileSync('getconf', ['CLK_TCK'], { encoding: 'utf8' }));

/**
 * CPU time so far of this profile's renderer main threads (the page's thread),
 * and of all their threads (workers too), in milliseconds. On a machine shared
 * with other work, wall time says how much CPU the others left; the page's
 * thread's own time is what a backup waits for on an idle one.
 */
function rendererCpuMs(profileDir: string): { page: number; all: number } {
  const total = { page: 0, all: 0 };
  for (const pid of rendererPids(profileDir)) {
    let threads: string[];
    try {
      threads = readdirSync(`/proc/${pid}/task`);
    } catch {
      continue;
    }
    for (const tid of threads) {
      try {
        // utime and stime, fields 14 and 15; the name in field 2 may hold spaces but not ')'.
        const fields = readFileSync(`/proc/${pid}/task/${tid}/stat`, 'utf8').split(') ')[1]!.split(' ');
        const ms = ((Number(fields[11]) + Number(fields[12])) * 1000) / ticksPerSecond;
        total.all += ms;
        if (tid === pid) total.page += ms;
      } catch {
        // The thread ended between listing and reading.
      }
    }
  }
  return total;
}

/** `work`'s result and the CPU time the renderers spent meanwhile. */
async function withCpu<T>(profileDir: string, work: () => Promise<T>): Promise<{ result: T; cpu: { page: number; all: number } }> {
  const before = rendererCpuMs(profileDir);
  const result = await work();
  const after = rendererCpuMs(profileDir);
  return { result, cpu: { page: after.page - before.page, all: after.all - before.all } };
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

/** The address of the app's built packing worker in `outDir`, which the page's backups use as the app's do. */
function packWorkerUrl(outDir: string): string {
  const file = readdirSync(`${outDir}/assets`).find((name) => /^packWorker-[\w-]+\.js$/.test(name));
  if (!file) throw new Error(`Geen packWorker in ${outDir}/assets: is de app gebouwd?`);
  return `/assets/${file}`;
}

/**
 * Backup and restore in a profile of its own, so its figures do not depend on
 * which other parts ran. With BENCH_PROFILE, the page's CPU profile of the
 * first restore into an empty database goes to `outFolder`.
 */
export async function benchBackup(baseUrl: string, outDir: string, outFolder: string): Promise<BenchResult[]> {
  const profile = new Profile(baseUrl);
  try {
    const page = await profile.open();
    return await backupAndRestore(page, profile.dir, packWorkerUrl(outDir), outFolder);
  } finally {
    await profile.close();
    profile.dispose();
  }
}

async function backupAndRestore(page: Page, profileDir: string, workerUrl: string, outFolder: string): Promise<BenchResult[]> {
  await page.evaluate(await buildPageBundle('backupBench.ts', 'beraadBackupBenchBundle'));
  await page.evaluate(`window.beraadBackupBench.usePackWorker(${JSON.stringify(workerUrl)})`);
  const seeded = await page.evaluate<{ ms: number; notes: number }>(`window.beraadBackupBench.seed(${caseCount})`);
  const idleRendererRssMb = megabytes(rendererRss(profileDir));
  if (process.env.BENCH_PHASES) {
    console.log(await page.evaluate('window.beraadBackupBench.phases()'));
    console.table(await page.evaluate('window.beraadBackupBench.breakdown()'));
    console.log(await page.evaluate('window.beraadBackupBench.checkBreakdown()'));
  }
  type Made = { ms: number; bytes: number; cases: number; cpu: { page: number; all: number }; peaks: Peaks };
  const backups: Made[] = [];
  // BENCH_PHASES: each backup again with its tables packed on the page's thread, as before the worker.
  const backupsOnPage: Made[] = [];
  const floorCpu: { page: number; all: number }[] = [];
  const restores: number[] = [];
  const reads: number[] = [];
  const restorePeaks: Peaks[] = [];
  let bytes = 0;
  let casesInDatabase = 0;
  const readFloors: number[] = [];
  for (let run = 0; run < runs; run++) {
    const floor = await withCpu(profileDir, () => page.evaluate<number>('window.beraadBackupBench.rawReadFloor()'));
    readFloors.push(floor.result);
    floorCpu.push(floor.cpu);
    const backup = async (packedOn: 'worker' | 'page') => {
      const made = await withPeakMemory(page, profileDir, () =>
        withCpu(profileDir, () => page.evaluate<{ ms: number; bytes: number; cases: number }>(`window.beraadBackupBench.backup('${packedOn}')`)),
      );
      return { ...made.result.result, cpu: made.result.cpu, peaks: made.peaks };
    };
    // Taking turns to go first, so neither gains by what the other left warm.
    const onPage = async () => {
      if (process.env.BENCH_PHASES) backupsOnPage.push(await backup('page'));
    };
    if (run % 2 === 1) await onPage();
    const made = await backup('worker');
    if (run % 2 === 0) await onPage();
    const restored = await withPeakMemory(page, profileDir, () =>
      page.evaluate<{ ms: number; readMs: number; cases: number }>("window.beraadBackupBench.restore('changed')"),
    );
    if (restored.result.cases !== made.cases) throw new Error(`restore left ${restored.result.cases} of ${made.cases} cases`);
    backups.push(made);
    restores.push(restored.result.ms);
    reads.push(restored.result.readMs);
    bytes = made.bytes;
    casesInDatabase = made.cases;
    restorePeaks.push(restored.peaks);
  }
  // Writing every record is the slow case, and a new machine's database starts empty. Each run
  // right after what IndexedDB itself needs for the same writes, without the app: its floor.
  const writeFloors: number[] = [];
  const intoEmpty: number[] = [];
  const intoEmptyChecks: number[] = [];
  const intoEmptyWrites: number[] = [];
  const intoEmptyPeaks: Peaks[] = [];
  let floorRecords = 0;
  for (let run = 0; run < runs; run++) {
    const floor = await page.evaluate<{ ms: number; records: number }>('window.beraadBackupBench.rawWriteFloor()');
    const restoreEmpty = () => page.evaluate<{ ms: number; readMs: number; writeMs: number; cases: number }>("window.beraadBackupBench.restore('empty')");
    const restored = await withPeakMemory(page, profileDir, () =>
      run === 0 ? profiledWhen(page, join(outFolder, 'restore-empty.cpuprofile'), restoreEmpty) : restoreEmpty(),
    );
    if (restored.result.cases !== casesInDatabase) throw new Error(`restore into an empty database left ${restored.result.cases} of ${casesInDatabase} cases`);
    writeFloors.push(floor.ms);
    floorRecords = floor.records;
    intoEmpty.push(restored.result.ms);
    intoEmptyChecks.push(restored.result.readMs);
    intoEmptyWrites.push(restored.result.writeMs);
    intoEmptyPeaks.push(restored.peaks);
  }
  const memory = (name: string, peaks: Peaks[]) => [
    toResult(`${name}PeakHeap`, peaks.map((peak) => peak.heapMb), 'MB'),
    toResult(`${name}RssGrowth`, peaks.map((peak) => peak.rssGrowthMb), 'MB'),
  ];
  // The CPU time of the page's thread, which on an idle machine is what a backup waits for, beside the read floor's.
  const backupResults = (name: string, made: Made[]) => [
    toResult(name, made.map((one) => one.ms), 'ms', median(readFloors)),
    toResult(`${name}PageCpu`, made.map((one) => one.cpu.page), 'ms', median(floorCpu.map((cpu) => cpu.page))),
    toResult(`${name}RendererCpu`, made.map((one) => one.cpu.all), 'ms', median(floorCpu.map((cpu) => cpu.all))),
  ];
  return [
    toResult('backupSeed', [seeded.ms], 'ms'),
    ...backupResults('backup', backups),
    ...(backupsOnPage.length > 0 ? backupResults('backupOnPage', backupsOnPage) : []),
    toResult('restore', restores, 'ms'),
    toResult('restoreCheck', reads, 'ms'),
    toResult('restoreEmpty', intoEmpty, 'ms', median(writeFloors)),
    toResult('restoreEmptyCheck', intoEmptyChecks, 'ms'),
    // The write alone against the same floor: what is left above it once the file is checked.
    toResult('restoreEmptyWrite', intoEmptyWrites, 'ms', median(writeFloors)),
    toResult('backupFile', [bytes / 1024 / 1024], 'MB'),
    ...memory('backup', backups.map((made) => made.peaks)),
    ...(backupsOnPage.length > 0 ? memory('backupOnPage', backupsOnPage.map((made) => made.peaks)) : []),
    ...memory('restore', restorePeaks),
    ...memory('restoreEmpty', intoEmptyPeaks),
    toResult('idleRendererRss', [idleRendererRssMb], 'MB'),
    toResult('backupCases', [casesInDatabase], 'count'),
    toResult('backupNotes', [seeded.notes], 'count'),
    toResult('restoreEmptyFloorRecords', [floorRecords], 'count'),
  ];
}
