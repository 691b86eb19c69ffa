/*
 * PDF/A export benchmark: the app's own PDF of the ~30-page advice of the
 * Word bench, in Node, beside its floor, LibreOffice turning the same
 * advice's .docx into a PDF on this machine (what the app did without a PDF
 * writer of its own); and the period report of 200 advices as PDF.
 * Alone: BENCH_ONLY=pdfExport npm run bench.
 */
import { execFile } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { buildAdviceDocument } from '@shared/export/adviceDocument';
import { defaultHouseStyle } from '@shared/export/defaultHouseStyle';
import { buildAdvicePdf } from '@shared/export/pdf/advicePdf';
import { buildPeriodReportPdf } from '@shared/export/pdf/periodReportPdf';
import { toPublicPeriodReport } from '@shared/publication/publicModel';
import { periodReportSource } from '../fixtures/export/reportSources';
import { publicationSettings } from '../fixtures/publication';
import { bundledFonts } from '../unit/shared/export/pdf/support/poppler';
import { longAdvice } from './exportBench';
import { median } from './measure';
import { heapGrowth } from './heapGrowth';
import { toResult, type BenchResult } from './results';

const run = promisify(execFile);
const runs = Number(process.env.BENCH_RUNS ?? 7);
const mb = (bytes: number) => Math.round(bytes / 1024 / 1024);

/*
 * The report's peak heap is measured in a run of its own after a full
 * collection: sampled across the timed runs it mostly counts the garbage
 * earlier runs left for V8 to collect at its leisure.
 */

/** LibreOffice's conversion of the .docx, start to finish, with a profile made beforehand (a person's suite has one). */
async function libreOfficeMs(docx: Uint8Array, work: string): Promise<{ ms: number[]; pages: number }> {
  const input = join(work, 'advies.docx');
  await writeFile(input, docx);
  const convert = () =>
    run('soffice', ['--headless', '--norestore', `-env:UserInstallation=file://${join(work, 'profile')}`, '--convert-to', 'pdf', '--outdir', work, input], {
      timeout: 120_000,
    });
  await convert();
  const ms: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    await convert();
    ms.push(performance.now() - start);
  }
  const { stdout } = await run('pdfinfo', [join(work, 'advies.pdf')]);
  return { ms, pages: Number(/^Pages:\s+(\d+)/m.exec(stdout)?.[1] ?? 0) };
}

export async function pdfExportBench(): Promise<BenchResult[]> {
  const fonts = await bundledFonts();
  const advice = longAdvice();
  const report = toPublicPeriodReport(periodReportSource(200), publicationSettings()).report;
  const work = await mkdtemp(join(tmpdir(), 'beraad-bench-pdf-'));
  try {
    // One unmeasured build each, so the figures are of the warm writer a second export meets.
    const pdf = await buildAdvicePdf(advice, defaultHouseStyle, fonts);
    await buildPeriodReportPdf(report, defaultHouseStyle, fonts);
    await writeFile(join(work, 'app.pdf'), pdf);
    const { stdout } = await run('pdfinfo', [join(work, 'app.pdf')]);
    const appPages = Number(/^Pages:\s+(\d+)/m.exec(stdout)?.[1] ?? 0);
    const heap = heapGrowth();
    await buildPeriodReportPdf(report, defaultHouseStyle, fonts, { onProgress: heap.sample });
    heap.sample();
    const adviceMs: number[] = [];
    const reportMs: number[] = [];
    for (let i = 0; i < runs; i++) {
      let start = performance.now();
      await buildAdvicePdf(advice, defaultHouseStyle, fonts);
      adviceMs.push(performance.now() - start);
      start = performance.now();
      await buildPeriodReportPdf(report, defaultHouseStyle, fonts);
      reportMs.push(performance.now() - start);
    }
    const libreOffice = await libreOfficeMs(await buildAdviceDocument(advice, defaultHouseStyle), work);
    return [
      toResult('pdfExport', adviceMs, 'ms', median(libreOffice.ms)),
      toResult('pdfExportPages', [appPages], 'count'),
      toResult('pdfExportLibreOfficePages', [libreOffice.pages], 'count'),
      toResult('pdfExportPeriodReport200', reportMs, 'ms'),
      toResult('pdfExportPeriodReport200PeakHeap', [mb(heap.peak())], 'MB'),
    ];
  } finally {
    await rm(work, { recursive: true, force: true });
  }
}
