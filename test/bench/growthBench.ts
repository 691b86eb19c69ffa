import type { Page } from 'playwright-core';
import { Profile } from '../e2e/support/browser';
import { caseListRun } from './caseListBench';
import { growthName } from './growthTable';
import { buildPageBundle } from './pageBundle';
import { toResult, type BenchResult } from './results';
import { queryTime } from './searchBench';

/** The register sizes grown through: a board's decade, ten times that, fifty times. BENCH_GROWTH_SIZES to change. */
const sizes = (process.env.BENCH_GROWTH_SIZES ?? '1000,10000,50000').split(',').map(Number);

/** Words the seeded cases hold (their titles and descriptions come from the sample cases). */
const searchQueries = ['camera', 'privacy', 'sensoren'];
const indexBuildLimitMs = 15 * 60_000;

/** The search index built anew over the size's cases in the app's worker, then each query typed into the app's search box. */
async function searchGrowth(page: Page, runs: number): Promise<{ buildMs: number; queries: number[] }> {
  await page.reload();
  await page.locator('main').waitFor();
  await page.keyboard.press('Control+K');
  const start = Date.now();
  await page.getByRole('button', { name: 'Zoekindex opnieuw opbouwen' }).click();
  await page.getByText(/Zoekindex bevat/).waitFor({ timeout: indexBuildLimitMs });
  const buildMs = Date.now() - start;
  const queries: number[] = [];
  for (let run = 0; run < runs; run++) for (const query of searchQueries) queries.push(await queryTime(page, query));
  return { buildMs, queries };
}

/**
 * How seeding, the case list's first paint, a filter change, a backup and a
 * search grow with the number of cases: each size in a fresh profile holding
 * only its cases, so nothing else grows along. The figures are named
 * `seed@1000` and so on, for formatGrowth.
 */
export async function benchGrowth(url: string, runs: number): Promise<BenchResult[]> {
  const api = await buildPageBundle('benchApi.ts', 'beraadBenchBundle');
  const backupApi = await buildPageBundle('backupBench.ts', 'beraadBackupBenchBundle');
  const results: BenchResult[] = [];
  for (const size of sizes) {
    const profile = new Profile(url);
    try {
      const page = await profile.open();
      page.context().setDefaultTimeout(120_000);
      await page.evaluate(api);
      const seeded = await page.evaluate<{ ms: number }>(`window.beraadBench.seed(${size}, 1000)`);
      const firstPaint: number[] = [];
      const filterChange: number[] = [];
      for (let run = 0; run < runs; run++) {
        const list = await caseListRun(page, url, run);
        firstPaint.push(list.firstPaint);
        filterChange.push(list.filterChange);
      }
      await page.evaluate(backupApi);
      const backups: number[] = [];
      for (let run = 0; run < Math.min(runs, 3); run++) {
        backups.push((await page.evaluate<{ ms: number }>('window.beraadBackupBench.backup()')).ms);
      }
      const search = await searchGrowth(page, runs);
      results.push(
        toResult(growthName('seed', size), [size / (seeded.ms / 1000)], 'cases/s'),
        toResult(growthName('listFirstPaint', size), firstPaint, 'ms'),
        toResult(growthName('filterChange', size), filterChange, 'ms'),
        toResult(growthName('backup', size), backups, 'ms'),
        toResult(growthName('search', size), search.queries, 'ms'),
        toResult(growthName('searchIndexBuild', size), [search.buildMs], 'ms'),
      );
    } finally {
      await profile.close();
      profile.dispose();
    }
  }
  return results;
}
