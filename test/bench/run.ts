import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type Page } from 'playwright-core';
import { build } from 'vite';
import { Profile } from '../e2e/support/browser';
import { chromiumArgs, findChromium } from '../e2e/support/chromium';
import { serveRenderer } from '../e2e/support/server';
import { benchAdvice } from './adviceBench';
import { benchAdviceCount, benchAdviceRegister } from './adviceRegisterBench';
import { benchBackup } from './backupBench';
import { benchBundle } from './bundleBench';
import { appStart, caseListRun, openCaseList } from './caseListBench';
import { formatComparison } from './compare';
import { profiledWhen } from './cpuProfile';
import { tracedWhen } from './trace';
import { exportBench, odtBench } from './exportBench';
import { pdfExportBench } from './pdfExportBench';
import { benchGrowth } from './growthBench';
import { formatGrowth } from './growthTable';
import { measured, timeInteraction } from './measure';
import { buildPageBundle } from './pageBundle';
import { seedPlan, selectParts, unknownPartsMessage, type BenchPart } from './parts';
import { benchPaste } from './pasteBench';
import { benchFileSchema, formatResults, toResult, typingResults, type BenchFile, type BenchResult } from './results';
import { benchCoTyping } from './coTypingBench';
import { timeKeystrokes } from './keystrokes';
import { benchSearch } from './searchBench';
import { benchSync } from './syncBench';
import { benchTargets } from './targets';

const runs = Number(process.env.BENCH_RUNS ?? 7);
const caseCount = Number(process.env.BENCH_CASES ?? 10_000);
const root = fileURLToPath(new URL('../..', import.meta.url));
const outDir = process.env.BERAAD_WEB_OUT ?? join(root, 'out/web');
const resultsFolder = join(root, 'bench-results');

/** Types into the first agenda item's ~50-page note at a brisk pace and returns each keystroke's input-to-paint. */
async function typingLatencies(page: Page, url: string): Promise<number[]> {
  await page.goto(url);
  await page.reload();
  const editor = page.locator('.notes-pane .ProseMirror');
  await editor.locator('h2').first().waitFor({ timeout: 30_000 });
  await editor.click();
  await page.keyboard.press('Control+End');
  const timed = await timeKeystrokes(page);
  await page.keyboard.type('Het adviesorgaan adviseert de proef te beperken tot zes maanden en dan te evalueren. ', { delay: 60 });
  await page.waitForTimeout(500);
  return timed.keystrokes();
}

/**
 * The parts that share one profile: BENCH_CASES cases seeded through the
 * app's repositories, and only the actions, advices and meeting the selected
 * parts read.
 */
async function benchSeededProfile(parts: readonly BenchPart[], url: string): Promise<BenchResult[]> {
  const plan = seedPlan(parts);
  if (!plan.cases) return [];
  const has = (part: BenchPart) => parts.includes(part);
  const profile = new Profile(url);
  try {
    const page = await profile.open();
    const bundle = await buildPageBundle('benchApi.ts', 'beraadBenchBundle');
    await page.evaluate(bundle);
    const results: BenchResult[] = [];
    const rawPuts = has('seed') ? await page.evaluate<number>(`window.beraadBench.rawPutsPerSecond(10000)`) : null;
    const rawSeed = has('seed') ? await page.evaluate<number>(`window.beraadBench.rawSeedFloor(${caseCount}, 1000)`) : null;
    const seeded = await page.evaluate<{ ms: number }>(`window.beraadBench.seed(${caseCount}, 1000)`);
    if (rawPuts !== null && rawSeed !== null) {
      results.push(
        toResult('seed', [caseCount / (seeded.ms / 1000)], 'cases/s', rawSeed),
        toResult('seedTotal', [seeded.ms], 'ms'),
        // The earlier floor: tiny records in one transaction, what the browser can put at all, not what seeding writes.
        toResult('seedRawTinyPuts', [rawPuts], 'puts/s'),
      );
    }
    const actions = plan.actions ? await page.evaluate<{ count: number }>(`window.beraadBench.seedActions()`) : null;
    const advices = plan.advices ? await page.evaluate<{ count: number }>(`window.beraadBench.seedAdvices(${benchAdviceCount})`) : null;
    const meetingId = plan.meeting ? (await page.evaluate<{ meetingId: string }>(`window.beraadBench.seedMeeting()`)).meetingId : null;
    // Each timed figure's samples over the runs, in the order they are first measured.
    const times = new Map<string, number[]>();
    const addTime = (name: string, value: number) => times.set(name, [...(times.get(name) ?? []), value]);
    // While the bench's script is still in the page: the case list below navigates away.
    if (has('meeting')) for (const time of await page.evaluate<number[]>(`window.beraadBench.noteSaveTimes(${runs})`)) addTime('noteSave50Pages', time);

    for (let run = 0; run < runs && has('list'); run++) {
      addTime('appStartCold', await appStart(page, url, true));
      addTime('appStartWarm', await appStart(page, url, false));
      const list = await caseListRun(page, url, run);
      addTime('listFirstPaint', list.firstPaint);
      addTime('listAllLoaded', list.allLoaded);
      addTime('filterChange', list.filterChange);
      addTime('sortChange', list.sortChange);
      addTime('textFilter', list.textFilter);
    }
    for (let run = 0; run < runs && has('case'); run++) {
      await openCaseList(page, url);
      const opened = () => timeInteraction(page, `document.querySelector('[data-case-row] a').click();`, '.case-page h1');
      addTime('casePageOpen', await (run === 0 ? tracedWhen(page, join(resultsFolder, 'case-page.trace.json'), () => profiledWhen(page, join(resultsFolder, 'case-page.cpuprofile'), opened)) : opened()));
    }
    for (let run = 0; run < runs && actions !== null; run++) {
      await page.goto(`${url}#/acties`);
      await page.reload();
      await page.locator('[data-action-row]').first().waitFor({ timeout: 30_000 });
      addTime('actionsOverview', await measured(page, 'actions'));
    }
    if (has('meeting') && meetingId !== null) {
      const fromCaseList = async (hash: string, doneSelector: string) => {
        await page.goto(`${url}#/`);
        await page.locator('main').waitFor();
        return timeInteraction(page, `location.hash = '${hash}';`, doneSelector);
      };
      for (let run = 0; run < runs; run++) {
        const opened = () => fromCaseList(`#/vergaderingen/${meetingId}/modus`, '.notes-pane h2');
        // The second run: the first one also loads the page's code.
        addTime('meetingModeOpen', await (run === 1 ? tracedWhen(page, join(resultsFolder, 'meeting-mode.trace.json'), opened) : opened()));
        // Until the note is an editor: it becomes one when the browser is idle after the paint.
        addTime('meetingModeEditorReady', await fromCaseList(`#/vergaderingen/${meetingId}/modus`, '.notes-pane .ProseMirror h2'));
        addTime('meetingPageOpen', await fromCaseList(`#/vergaderingen/${meetingId}`, '.agenda-list li'));
      }
    }
    for (const [name, samples] of times) results.push(toResult(name, samples, 'ms'));
    if (actions !== null) results.push(toResult('openActions', [actions.count], 'count'));

    if (has('advice')) results.push(...(await benchAdvice(page, bundle, url, runs)));
    if (has('adviceRegister') && advices !== null) {
      results.push(...(await benchAdviceRegister(page, url, runs)), toResult('adviceRegisterAdvices', [advices.count], 'count'));
    }
    if (has('typing') && meetingId !== null) {
      results.push(...typingResults('typing', await typingLatencies(page, `${url}#/vergaderingen/${meetingId}/modus`)));
    }
    return results;
  } finally {
    await profile.close();
    profile.dispose();
  }
}

/** Every selected part, each figure named as in the result file. */
async function benchParts(parts: readonly BenchPart[]): Promise<BenchResult[]> {
  const server = await serveRenderer();
  try {
    const has = (part: BenchPart) => parts.includes(part);
    return [
      ...(await benchSeededProfile(parts, server.url)),
      ...(has('export') ? await exportBench() : []),
      ...(has('pdfExport') ? await pdfExportBench() : []),
      ...(has('odt') ? await odtBench() : []),
      ...(has('coTyping') ? await benchCoTyping(server.url, resultsFolder) : []),
      ...(has('backup') ? await benchBackup(server.url, outDir, resultsFolder) : []),
      ...(has('paste') ? await benchPaste(server.url, runs) : []),
      ...(has('bundle') ? benchBundle(outDir) : []),
      ...(has('search') ? await benchSearch(server.url, runs, resultsFolder) : []),
      ...(has('growth') ? await benchGrowth(server.url, runs) : []),
      ...(has('sync') ? await benchSync(server.url, caseCount, resultsFolder) : []),
    ];
  } finally {
    await server.close();
  }
}

async function browserVersion(): Promise<string> {
  const browser = await chromium.launch({ executablePath: findChromium(), args: chromiumArgs, headless: true });
  try {
    return browser.version();
  } finally {
    await browser.close();
  }
}

function readBenchFile(path: string): BenchFile {
  const parsed = benchFileSchema.safeParse(JSON.parse(readFileSync(path, 'utf8')));
  if (!parsed.success) throw new Error(`${path} is geen resultaatbestand van de bench: ${parsed.error.message}`);
  return parsed.data;
}

async function bench(): Promise<void> {
  const selection = selectParts(process.env.BENCH_ONLY, process.env.BENCH_GROWTH === '1');
  if (!selection.ok) {
    console.error(unknownPartsMessage(selection.unknown));
    process.exit(1);
  }
  await build({ configFile: join(root, 'vite.web.config.ts'), logLevel: 'error' });
  mkdirSync(resultsFolder, { recursive: true });
  const file: BenchFile = {
    machine: { cores: availableParallelism(), browser: await browserVersion(), node: process.version },
    cases: caseCount,
    runs,
    results: await benchParts(selection.parts),
  };
  // An ISO timestamp without colons, which not every file system allows in a name.
  const path = join(resultsFolder, `${new Date().toISOString().replace(/:/g, '-').replace(/\.\d+Z$/, 'Z')}.json`);
  writeFileSync(path, `${JSON.stringify(file, null, 2)}\n`);
  console.log(formatResults(file.results, benchTargets));
  if (selection.parts.includes('growth')) {
    console.log(`\n${formatGrowth(file.results)}`);
    console.log('Tussen haakjes: de kosten per casus tegen die bij de kleinste omvang; boven 1 groeit het sneller dan lineair.');
  }
  console.log(`\n${file.machine.cores} cores, Chromium ${file.machine.browser}, Node ${file.machine.node}; ${caseCount} cases, ${runs} runs.`);
  console.log(`Opgeslagen in ${path}`);
}

const [flag, ...files] = process.argv.slice(2);
if (flag === '--compare') {
  if (files.length !== 2) {
    console.error('Gebruik: npm run bench -- --compare oud.json nieuw.json');
    process.exit(1);
  }
  console.log(formatComparison(readBenchFile(files[0]!), readBenchFile(files[1]!)));
} else if (flag !== undefined) {
  console.error(`Onbekende optie ${flag}. Gebruik: npm run bench, of npm run bench -- --compare oud.json nieuw.json`);
  process.exit(1);
} else {
  await bench();
}
