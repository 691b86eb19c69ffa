import { fileURLToPath } from 'node:url';
import { build } from 'vite';
import type { Page } from 'playwright-core';
import { Profile } from '../e2e/support/browser';
import { serveRenderer } from '../e2e/support/server';
import { backupBench } from './backupBench';
import { exportBench } from './exportBench';
import { benchAdvice } from './adviceBench';
import { benchAdviceCount, benchAdviceRegister } from './adviceRegisterBench';
import { measured, median, percentile, round, timeInteraction } from './measure';
import { benchPaste } from './pasteBench';

const runs = Number(process.env.BENCH_RUNS ?? 7);
const caseCount = Number(process.env.BENCH_CASES ?? 10_000);
const root = fileURLToPath(new URL('../..', import.meta.url));

/** Types into the first agenda item's ~50-page note at a brisk pace and returns each keystroke's input-to-paint. */
async function typingLatencies(page: Page, bundle: string, url: string): Promise<number[]> {
  await page.goto(url);
  await page.reload();
  await page.evaluate(bundle);
  const editor = page.locator('.notes-pane .ProseMirror');
  await editor.locator('h2').first().waitFor({ timeout: 30_000 });
  await editor.click();
  await page.keyboard.press('Control+End');
  await page.evaluate(`window.beraadBench.recordKeystrokes()`);
  await page.keyboard.type('Het adviesorgaan adviseert de proef te beperken tot zes maanden en dan te evalueren. ', { delay: 60 });
  await page.waitForTimeout(500);
  return page.evaluate<number[]>(`window.beraadKeystrokes`);
}

async function benchBundle(): Promise<string> {
  const output = await build({
    configFile: false,
    logLevel: 'silent',
    resolve: { alias: { '@shared': `${root}/shared` } },
    build: {
      write: false,
      lib: { entry: `${root}/test/bench/page/benchApi.ts`, formats: ['iife'], name: 'beraadBenchBundle' },
      minify: false,
    },
  });
  const chunk = (Array.isArray(output) ? output[0] : output) as { output: { code?: string }[] };
  return chunk.output[0]!.code!;
}

const selectAction = (label: string, value: string) => `
  const label = [...document.querySelectorAll('label')].find((l) => l.textContent.trim() === ${JSON.stringify(label)});
  const select = document.getElementById(label.htmlFor);
  select.value = ${JSON.stringify(value)};
  select.dispatchEvent(new Event('change', { bubbles: true }));`;

async function main(): Promise<void> {
  const server = await serveRenderer();
  const profile = new Profile(server.url);
  try {
    const page = await profile.open();
    const bundle = await benchBundle();
    await page.evaluate(bundle);
    const rawPuts = await page.evaluate<number>(`window.beraadBench.rawPutsPerSecond(10000)`);
    const seeded = await page.evaluate<{ ms: number }>(`window.beraadBench.seed(${caseCount}, 1000)`);
    const actions = await page.evaluate<{ count: number }>(`window.beraadBench.seedActions()`);
    await page.evaluate(`window.beraadBench.seedAdvices(${benchAdviceCount})`);
    const { meetingId } = await page.evaluate<{ meetingId: string }>(`window.beraadBench.seedMeeting()`);
    const noteSave = await page.evaluate<number>(`window.beraadBench.noteSaveMs(${runs})`);
    const meetingOpen: number[] = [];
    const meetingEditorReady: number[] = [];
    const meetingPageOpen: number[] = [];

    const listPaint: number[] = [];
    const listComplete: number[] = [];
    const filterChange: number[] = [];
    const sortChange: number[] = [];
    const textFilter: number[] = [];
    const casePageOpen: number[] = [];
    const actionsOverview: number[] = [];
    for (let run = 0; run < runs; run++) {
      await page.goto(`${server.url}#/`);
      await page.reload();
      await page.locator('[data-case-row]').first().waitFor({ timeout: 30_000 });
      listPaint.push(await measured(page, 'caselist'));
      listComplete.push(await measured(page, 'caselist-complete'));

      const status = run % 2 ? 'in_beraadslaging' : 'intake';
      filterChange.push(
        await timeInteraction(page, selectAction('Status', status), `tr[data-case-row] + tr, .case-count`),
      );
      await page.waitForTimeout(50);
      sortChange.push(await timeInteraction(page, selectAction('Sorteren', run % 2 ? 'reference-asc' : 'reference-desc'), '.case-count'));
      await page.waitForTimeout(50);
      textFilter.push(
        await timeInteraction(
          page,
          `const input = document.querySelector('input[type=search]');
           Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value').set.call(input, 'camera');
           input.dispatchEvent(new Event('input', { bubbles: true }));`,
          '.case-count',
        ),
      );
      await page.waitForTimeout(50);
      casePageOpen.push(
        await timeInteraction(page, `document.querySelector('[data-case-row] a').click();`, '.case-page h1'),
      );

      await page.goto(`${server.url}#/acties`);
      await page.reload();
      await page.locator('[data-action-row]').first().waitFor({ timeout: 30_000 });
      actionsOverview.push(await measured(page, 'actions'));

      await page.goto(`${server.url}#/`);
      await page.locator('main').waitFor();
      meetingOpen.push(
        await timeInteraction(page, `location.hash = '#/vergaderingen/${meetingId}/modus';`, '.notes-pane h2'),
      );
      await page.goto(`${server.url}#/`);
      await page.locator('main').waitFor();
      // Until the note is an editor: it becomes one when the browser is idle after the paint.
      meetingEditorReady.push(
        await timeInteraction(page, `location.hash = '#/vergaderingen/${meetingId}/modus';`, '.notes-pane .ProseMirror h2'),
      );
      await page.goto(`${server.url}#/`);
      await page.locator('main').waitFor();
      meetingPageOpen.push(await timeInteraction(page, `location.hash = '#/vergaderingen/${meetingId}';`, '.agenda-list li'));
    }

    const advice = await benchAdvice(page, bundle, server.url, runs);
    const adviceRegister = await benchAdviceRegister(page, server.url, runs);
    const keystrokes = await typingLatencies(page, bundle, `${server.url}#/vergaderingen/${meetingId}/modus`);
    const exported = await exportBench();

    console.log(
      JSON.stringify(
        {
          cases: caseCount,
          runs,
          seedCasesPerSecond: Math.round(caseCount / (seeded.ms / 1000)),
          seedTotalMs: round(seeded.ms),
          rawIndexedDbPutsPerSecond: rawPuts,
          caseListFirstPaintMs: round(median(listPaint)),
          caseListAllLoadedMs: round(median(listComplete)),
          filterChangeMs: round(median(filterChange)),
          sortChangeMs: round(median(sortChange)),
          textFilterMs: round(median(textFilter)),
          casePageOpenMs: round(median(casePageOpen)),
          openActions: actions.count,
          openActionsOverviewMs: round(median(actionsOverview)),
          meetingPageOpenMs: round(median(meetingPageOpen)),
          meetingModeOpenMs: round(median(meetingOpen)),
          meetingModeEditorReadyMs: round(median(meetingEditorReady)),
          noteSaveMs50Pages: round(noteSave),
          typingInputToPaintMedianMs: round(median(keystrokes)),
          typingInputToPaintP95Ms: round(percentile(keystrokes, 0.95)),
          keystrokes: keystrokes.length,
          ...exported.results,
          adviceOpen30PagesIssuedMs: round(median(advice.adviceOpenIssuedMs)),
          adviceOpen30PagesDraftMs: round(median(advice.adviceOpenDraftMs)),
          adviceDraftAllEditableMs: round(median(advice.adviceDraftAllEditableMs)),
          adviceCompareMs: round(median(advice.compareMs)),
          ...adviceRegister,
          targets: {
            adviceOpen30PagesIssuedMs: 150,
            adviceOpen30PagesDraftMs: 150,
            adviceCompareMs: 200,
            adviceRegisterQuickPeriodMs: 100,
            adviceRegisterTypedDateMs: 100,
            caseListFirstPaintMs: 200,
            filterChangeMs: 50,
            casePageOpenMs: 100,
            seedCasesPerSecond: 5000,
            openActionsOverviewMs: 100,
            meetingPageOpenMs: 150,
            meetingModeOpenMs: 150,
            noteSaveMs50Pages: 50,
            typingInputToPaintMedianMs: 16,
            typingInputToPaintP95Ms: 33,
            ...exported.targets,
          },
        },
        null,
        2,
      ),
    );
    // Backup and restore of everything seeded above (plus its own cases with a note each).
    console.log(JSON.stringify({ backup: await backupBench(page, profile.dir) }, null, 2));
    console.log(JSON.stringify({ paste: await benchPaste(server.url, runs) }, null, 2));
  } finally {
    await profile.close();
    profile.dispose();
    await server.close();
  }
}

/** BENCH_ONLY=paste: the paste benchmark alone, which needs none of the seeded data. */
async function pasteOnly(): Promise<void> {
  const server = await serveRenderer();
  try {
    console.log(JSON.stringify({ paste: await benchPaste(server.url, runs) }, null, 2));
  } finally {
    await server.close();
  }
}

await (process.env.BENCH_ONLY === 'paste' ? pasteOnly() : main());
