/*
 * Word export benchmark: a ~30-page advice and a period report of 200
 * advices, built by the same pure builder the app uses. Node first (the
 * builder alone, with the V8 heap), then in Chromium through the UI of the
 * browser build (click to download, with the page's JS heap).
 * Alone: BENCH_ONLY=export npm run bench. The ODT of the same advice, beside
 * LibreOffice converting its Word file to ODT: BENCH_ONLY=odt npm run bench.
 */
import { execFile } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { buildAdviceOdt } from '@shared/export/odt/adviceOdt';
import { buildAdviceDocument } from '@shared/export/adviceDocument';
import { defaultHouseStyle } from '@shared/export/defaultHouseStyle';
import { buildPeriodReport } from '@shared/export/periodReport';
import { toPublicAdvice, toPublicPeriodReport } from '@shared/publication/publicModel';
import { Profile } from '../e2e/support/browser';
import { serveRenderer } from '../e2e/support/server';
import { putRecords } from '../e2e/actions/seed';
import { adviceSource, adviceVersion, docOf, paragraph } from '../fixtures/export/adviceSource';
import { periodAdvices, periodReportSource } from '../fixtures/export/reportSources';
import { dutchNames, fullName } from '../fixtures/dutchNames';
import { publicationSettings } from '../fixtures/publication';
import { heapGrowth } from './heapGrowth';
import { toResult, type BenchResult } from './results';

const runs = Number(process.env.BENCH_RUNS ?? 7);
const mb = (bytes: number) => Math.round(bytes / 1024 / 1024);

/** A people register of `count` names, combined from the test names' given names and surnames. */
export function nameRegister(count: number) {
  return Array.from({ length: count }, (_, i) => {
    const given = dutchNames[i % dutchNames.length]!;
    const family = dutchNames[(i * 7 + Math.floor(i / dutchNames.length)) % dutchNames.length]!;
    return { name: fullName({ ...family, given: given.given }), role: 'Lid adviesorgaan' };
  });
}

/** About 30 pages in Word: considerations of ~270 paragraphs, lists and tables, and 20 recommendations; 200 people in the register. */
export function longAdviceSource() {
  const text = (n: number) =>
    `Overweging ${n}. Het adviesorgaan weegt de belangen van inwoners, toezichthouders en de gemeente tegen elkaar af; privacy, veiligheid en vertrouwen staan daarbij voorop, en de proportionaliteit van de inzet van camera’s moet steeds opnieuw worden beoordeeld.`;
  const blocks: object[] = [];
  for (let n = 1; n <= 270; n++) {
    if (n % 10 === 1) blocks.push({ type: 'heading', attrs: { level: 2 }, content: [{ type: 'text', text: `Thema ${Math.ceil(n / 10)}` }] });
    blocks.push(paragraph(text(n)));
    if (n % 15 === 0) {
      blocks.push({ type: 'bulletList', content: [1, 2, 3, 4].map((i) => ({ type: 'listItem', content: [paragraph(`Punt ${i}: ${text(i).slice(0, 90)}`)] })) });
      const cell = (type: string, value: string) => ({ type, attrs: { colspan: 1, rowspan: 1, colwidth: null }, content: [paragraph(value)] });
      blocks.push({
        type: 'table',
        content: [
          { type: 'tableRow', content: ['Actor', 'Positief', 'Negatief'].map((h) => cell('tableHeader', h)) },
          ...[1, 2, 3, 4, 5].map((r) => ({ type: 'tableRow', content: [`Actor ${r}`, 'Veiliger gevoel', 'Minder privacy'].map((v) => cell('tableCell', v)) })),
        ],
      });
    }
  }
  const base = adviceVersion();
  return adviceSource({
    people: nameRegister(200),
    version: {
      ...base,
      sections: { ...base.sections, considerations: docOf(...blocks) },
      recommendations: Array.from({ length: 20 }, (_, i) => ({ ...base.recommendations[0]!, id: `00000000-0000-4000-8000-1${String(i).padStart(11, '0')}`, text: docOf(paragraph(text(i))) })),
    },
  });
}

export function longAdvice() {
  const result = toPublicAdvice(longAdviceSource(), publicationSettings());
  if (!result.ok) throw new Error(result.refusal);
  return result.advice;
}

async function nodeBench() {
  const source = longAdviceSource();
  const settings = publicationSettings({ mode: 'review' });
  const filterMs: number[] = [];
  for (let run = 0; run < runs; run++) {
    const start = performance.now();
    toPublicAdvice(source, settings);
    filterMs.push(performance.now() - start);
  }
  const advice = longAdvice();
  const report = toPublicPeriodReport(periodReportSource(200), publicationSettings()).report;
  const adviceMs: number[] = [];
  const reportMs: number[] = [];
  let peakHeap = 0;
  for (let run = 0; run < runs; run++) {
    let start = performance.now();
    await buildAdviceDocument(advice, defaultHouseStyle);
    adviceMs.push(performance.now() - start);
    const heap = heapGrowth();
    start = performance.now();
    await buildPeriodReport(report, defaultHouseStyle, { onProgress: heap.sample });
    reportMs.push(performance.now() - start);
    heap.sample();
    peakHeap = Math.max(peakHeap, heap.peak());
  }
  return { filterMs, adviceMs, reportMs, peakHeapMb: mb(peakHeap) };
}

/** The report through the page: seeded IndexedDB, the button, the download; the page's heap sampled meanwhile. */
async function browserBench() {
  const server = await serveRenderer();
  const profile = new Profile(server.url);
  try {
    const page = await profile.open();
    const sources = periodAdvices(200);
    await putRecords(page, 'cases', sources.map((s) => s.caseRecord));
    await putRecords(page, 'advices', sources.map((s) => s.advice!));
    await putRecords(page, 'adviceVersions', sources.map((s) => s.version));
    await page.goto(`${server.url}#/rapportage`);
    // Exact: until the report page's code has loaded, the case list's 'Jaar van ontvangst' would match too.
    await page.getByLabel('Van', { exact: true }).fill('2026-01-01');
    await page.getByLabel('Tot en met', { exact: true }).fill('2026-03-31');
    await page.getByText('200 adviezen uitgebracht in deze periode.').waitFor();
    const times: number[] = [];
    let peakHeap = 0;
    for (let run = 0; run < runs; run++) {
      const sampler = setInterval(() => {
        void page
          .evaluate(() => (performance as unknown as { memory?: { usedJSHeapSize: number } }).memory?.usedJSHeapSize ?? 0)
          .then((used) => (peakHeap = Math.max(peakHeap, used)))
          .catch(() => undefined);
      }, 50);
      const start = performance.now();
      await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Rapportage maken (.docx)' }).click()]);
      times.push(performance.now() - start);
      clearInterval(sampler);
      await page.getByText(/is gedownload/).waitFor();
    }
    return { reportMs: times, peakJsHeapMb: mb(peakHeap) };
  } finally {
    await profile.close();
    profile.dispose();
    await server.close();
  }
}

export async function exportBench(): Promise<BenchResult[]> {
  const node = await nodeBench();
  const browser = await browserBench();
  return [
    toResult('filterPublic30Pages200Names', node.filterMs, 'ms'),
    toResult('exportAdvice30Pages', node.adviceMs, 'ms'),
    toResult('exportPeriodReport200', node.reportMs, 'ms'),
    toResult('exportPeriodReport200PeakHeap', [node.peakHeapMb], 'MB'),
    toResult('exportPeriodReport200Browser', browser.reportMs, 'ms'),
    toResult('exportPeriodReport200BrowserPeakHeap', [browser.peakJsHeapMb], 'MB'),
  ];
}

const run = promisify(execFile);

/*
 * The floor is LibreOffice doing the same job from the Word file on the same
 * machine, start-up included (that is what converting one file costs); at
 * most three runs, each takes seconds.
 */
async function libreOfficeToOdtMs(docx: Uint8Array): Promise<number[]> {
  const work = await mkdtemp(join(tmpdir(), 'beraad-bench-odt-'));
  try {
    const input = join(work, 'advies.docx');
    await writeFile(input, docx);
    const profile = `-env:UserInstallation=file://${join(work, 'profile')}`;
    // One conversion first, so the profile is made outside the measured runs.
    await run('soffice', ['--headless', '--norestore', profile, '--convert-to', 'odt', '--outdir', join(work, 'warm'), input], { timeout: 120_000 });
    const times: number[] = [];
    for (let i = 0; i < Math.min(runs, 3); i++) {
      const start = performance.now();
      await run('soffice', ['--headless', '--norestore', profile, '--convert-to', 'odt', '--outdir', join(work, String(i)), input], { timeout: 120_000 });
      times.push(performance.now() - start);
    }
    return times;
  } finally {
    await rm(work, { recursive: true, force: true });
  }
}

/** The ODT of the ~30-page public advice, the app's own writer in Node. */
export async function odtBench(): Promise<BenchResult[]> {
  const advice = longAdvice();
  const odtMs: number[] = [];
  let size = 0;
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    size = buildAdviceOdt(advice, defaultHouseStyle, null).byteLength;
    odtMs.push(performance.now() - start);
  }
  const libreOffice = await libreOfficeToOdtMs(await buildAdviceDocument(advice, defaultHouseStyle));
  const floor = libreOffice.sort((a, b) => a - b)[Math.floor(libreOffice.length / 2)]!;
  return [toResult('exportAdviceOdt30Pages', odtMs, 'ms', floor), toResult('exportAdviceOdt30PagesSize', [Math.round(size / 1024)], 'kB')];
}
