import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { Profile } from '../e2e/support/browser';
import { profiledWhen } from './cpuProfile';
import { timeKeystrokes } from './keystrokes';
import { median, percentile, timeInteraction } from './measure';
import { buildPageBundle } from './pageBundle';
import { toResult, type BenchResult } from './results';

/*
 * Search over BENCH_CASES cases (10,000) with five notes each (50,000), in
 * real Chromium through the app's own search box and worker. The floor is a
 * plain scan of the same texts, held in memory in lower case, in the same run.
 * Typing while the index is built is compared with typing once it is done.
 */
const caseCount = Number(process.env.BENCH_CASES ?? 10_000);
const notesPerCase = 5;
const queries = ['camera', 'bewaartermijn', 'privacy toezicht', 'algoritmes', 'beslissingen', 'drone tuinen', '"bekeken te worden"', 'gezichtsherkenning'];
const buildLimitMs = 10 * 60_000;

const searchBox = (page: Page) => page.getByRole('combobox', { name: 'Zoekterm' });
const themeField = (page: Page) => page.getByRole('textbox', { name: 'Thema' });

/** Input-to-paint of each key typed into the theme filter (which starts no search while the box is empty). */
async function typingLatencies(page: Page): Promise<number[]> {
  await themeField(page).fill('');
  await themeField(page).click();
  const timed = await timeKeystrokes(page);
  await page.keyboard.type('openbare ruimte en veiligheid', { delay: 60 });
  await page.waitForTimeout(300);
  const latencies = await timed.keystrokes();
  await themeField(page).fill('');
  return latencies;
}

/** From typing the query until its results are painted. */
export async function queryTime(page: Page, query: string): Promise<number> {
  await searchBox(page).fill('');
  await page.locator('[data-results-for]').waitFor({ state: 'detached' });
  return timeInteraction(
    page,
    `const input = document.querySelector('.search-dialog__input');
     Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value').set.call(input, ${JSON.stringify(query)});
     input.dispatchEvent(new Event('input', { bubbles: true }));`,
    `[data-results-for=${JSON.stringify(query)}]`,
  );
}

/**
 * From loading the page until the stored index is ready to search: the worker
 * reads and parses it at every start, beside the app's first screen.
 */
async function indexLoadTime(page: Page): Promise<number> {
  await page.reload();
  await page.locator('main').waitFor();
  await page.keyboard.press('Control+K');
  return page.evaluate<number>(`new Promise((resolve) => {
    const ready = () => /Zoekindex bevat/.test(document.querySelector('.search-index')?.textContent ?? '');
    const check = () => (ready() ? resolve(performance.now()) : requestAnimationFrame(check));
    check();
  })`);
}

/** With BENCH_PROFILE, the page's CPU profile over the timed queries goes to `outFolder`. */
export async function benchSearch(url: string, runs: number, outFolder: string): Promise<BenchResult[]> {
  const profile = new Profile(url);
  try {
    const page = await profile.open();
    const bundle = await buildPageBundle('searchBench.ts', 'beraadSearchBenchBundle');
    await page.evaluate(bundle);
    await page.evaluate(`window.beraadSearchBench.seedSearchData(${caseCount}, ${notesPerCase})`);
    await page.reload();
    await page.locator('main').waitFor();
    await page.keyboard.press('Control+K');
    await searchBox(page).waitFor();

    // Written past the app (as another window would), so the index is built anew, as after a restore.
    const start = Date.now();
    await page.getByRole('button', { name: 'Zoekindex opnieuw opbouwen' }).click();
    await page.getByText(/Zoekindex wordt opgebouwd/).waitFor();
    const whileBuilding = await typingLatencies(page);
    const ready = page.getByText(/Zoekindex bevat/);
    await ready.waitFor({ timeout: buildLimitMs });
    const buildMs = Date.now() - start;
    const documents = Number((await ready.textContent())!.replace(/\D/g, ''));
    const idle = await typingLatencies(page);

    const samples: number[] = [];
    await profiledWhen(page, join(outFolder, 'search-queries.cpuprofile'), async () => {
      for (let run = 0; run < runs; run++) for (const query of queries) samples.push(await queryTime(page, query));
    });

    await page.evaluate(bundle);
    const floor = await page.evaluate<number[]>(`window.beraadSearchBench.linearScanTimes(${JSON.stringify(queries)}, ${runs})`);
    // The worker stores the built index once the searching has paused; wait until it is there.
    let bytes = 0;
    for (let attempt = 0; attempt < 600 && bytes === 0; attempt++) {
      bytes = await page.evaluate<number>(`window.beraadSearchBench.indexSize(${documents})`);
      if (bytes === 0) await page.waitForTimeout(100);
    }
    // Only a stored index can be loaded; without one the next start builds anew.
    const loadMs = bytes > 0 ? await indexLoadTime(page) : null;
    return [
      toResult('search', samples, 'ms', median(floor)),
      toResult('searchIndexBuild', [buildMs], 'ms'),
      toResult('searchIndexSize', [bytes / 1024 / 1024], 'MB'),
      ...(loadMs === null ? [] : [toResult('searchIndexLoad', [loadMs], 'ms')]),
      toResult('searchDocuments', [documents], 'count'),
      toResult('searchTypingWhileIndexingMedian', [median(whileBuilding)], 'ms', median(idle)),
      toResult('searchTypingWhileIndexingP95', [percentile(whileBuilding, 0.95)], 'ms', percentile(idle, 0.95)),
    ];
  } finally {
    await profile.close();
    profile.dispose();
  }
}
