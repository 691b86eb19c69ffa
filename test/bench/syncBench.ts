import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { monitorEventLoopDelay } from 'node:perf_hooks';
import type { ConsoleMessage, Page } from 'playwright-core';
import * as Y from 'yjs';
import { caseDocumentName, helloToken } from '@shared/sync/protocol';
import { readRecord, tableMap, writeRecord } from '@shared/sync/recordMap';
import { Profile } from '../e2e/support/browser';
import { fillSignIn } from '../e2e/board/steps';
import { setupFirstAccount } from '../support/accounts';
import { startBoardServer, type TestBoardServer } from '../support/boardServer';
import { startPostgres, startRedis } from '../support/postgresRedis';
import { connectClient, within, type YjsClient } from '../support/yjsClient';
import { median, percentile } from './measure';
import { buildPageBundle } from './pageBundle';
import { toResult, type BenchResult } from './results';
import {
  chromiumProcessKind,
  cpuMs,
  documentOfClient,
  firstDrained,
  hotspots,
  pendingInStatus,
  perConnectionKb,
  residentKb,
  typingPause,
  type CpuProfile,
} from './syncPlan';

const twoClientEdits = 500;
const crowdClients = 200;
const crowdPerDocument = 4;
const crowdTypingMs = 10_000;
const connectBatch = 20;
/** A step that has not finished by then (BENCH_SYNC_LIMIT_S, seconds) is reported as far as it got, not waited for. */
const newDeviceLimitMs = Number(process.env.BENCH_SYNC_LIMIT_S ?? 300) * 1000;
/**
 * A step whose database and header have not changed for this long is reported
 * as stuck. With writes still in its outbox it waits longer: the engine can be
 * busy for minutes behind its queue without anything to count changing.
 */
const stallMs = (outbox: number) => (outbox > 0 ? 180_000 : 60_000);
const pollMs = 250;
/** A server that used less CPU than this in a second is at rest. */
const restCpuMs = 50;

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** A fresh server, the connection token of its first account for the bench's own clients, and that account's e-mail for the app's sign-in. */
async function withServer<T>(run: (server: TestBoardServer, token: string, email: string) => Promise<T>): Promise<T> {
  const server = await startBoardServer();
  try {
    if (server.setupCode === null) throw new Error('a fresh board server printed no setup code');
    const session = await setupFirstAccount(server.httpUrl, server.setupCode);
    return await run(server, helloToken(session.accessToken), session.account.email);
  } finally {
    await server.stop();
  }
}

/**
 * The two-client figure across two server instances on one PostgreSQL and
 * Redis: an edit goes from one instance through Redis to the other.
 */
async function scaleOutLatencies(): Promise<number[]> {
  const [postgres, redis] = await Promise.all([startPostgres(), startRedis()]);
  const services = { databaseUrl: postgres.url, redisUrl: redis.url };
  const servers: TestBoardServer[] = [];
  try {
    servers.push(await startBoardServer(services));
    servers.push(await startBoardServer(services));
    const [first, second] = servers as [TestBoardServer, TestBoardServer];
    if (first.setupCode === null) throw new Error('a fresh board server printed no setup code');
    const session = await setupFirstAccount(first.httpUrl, first.setupCode);
    return await twoClientLatencies(first.url, second.url, helloToken(session.accessToken));
  } finally {
    await Promise.all(servers.map((server) => server.stop()));
    await Promise.all([postgres.stop(), redis.stop()]);
  }
}

function serverRssKb(server: TestBoardServer): number {
  const pid = server.pid();
  const kb = pid === null ? null : residentKb(readFileSync(`/proc/${pid}/status`, 'utf8'));
  if (kb === null) throw new Error('the board server has no resident memory to read');
  return kb;
}

const serverCpuMs = (server: TestBoardServer) => cpuMs(readFileSync(`/proc/${server.pid()}/stat`, 'utf8'));

/**
 * CPU time of every Chromium process of one profile by kind (browser, page,
 * storage, network), found by the profile's folder on their command line:
 * IndexedDB work runs in the storage process, which the page's profiler does
 * not see.
 */
function browserCpuMs(profile: Profile): Map<string, number> {
  const byKind = new Map<string, number>();
  for (const pid of readdirSync('/proc').filter((name) => /^\d+$/.test(name))) {
    try {
      // Chromium rewrites its children's command lines with spaces between the arguments.
      const args = readFileSync(`/proc/${pid}/cmdline`, 'utf8').split(/[\0 ]/);
      if (!args.includes(`--user-data-dir=${profile.dir}`)) continue;
      const kind = chromiumProcessKind(args);
      byKind.set(kind, (byKind.get(kind) ?? 0) + cpuMs(readFileSync(`/proc/${pid}/stat`, 'utf8')));
    } catch {
      // A process that ended between listing and reading has nothing left to count.
    }
  }
  return byKind;
}

const sum = (byKind: ReadonlyMap<string, number>) => [...byKind.values()].reduce((total, ms) => total + ms, 0);

/** Resolves when the client's record `key` in `cases` has `field` equal to `value`. */
function fieldArrives(client: YjsClient, key: string, field: string, value: unknown): Promise<void> {
  const table = tableMap(client.doc, 'cases');
  return within(
    new Promise<void>((resolve) => {
      const check = () => {
        if (readRecord(client.doc, 'cases', key)?.[field] !== value) return;
        table.unobserveDeep(check);
        resolve();
      };
      table.observeDeep(check);
      check();
    }),
    `${field} = ${String(value)} arrives`,
  );
}

/**
 * Each edit's time from one client's field set until the other client's
 * document holds it, one edit at a time, alternating direction; the first
 * client on `firstUrl`, the second on `secondUrl` (another instance, or the same).
 */
async function twoClientLatencies(firstUrl: string, secondUrl: string, token: string): Promise<number[]> {
  const name = caseDocumentName('bench-two');
  const clients: YjsClient[] = [];
  try {
    clients.push(await connectClient(firstUrl, name, token), await connectClient(secondUrl, name, token));
    const [first, second] = clients as [YjsClient, YjsClient];
    writeRecord(first.doc, 'cases', 'bench-two', { id: 'bench-two', title: 'Begin' }, null);
    await fieldArrives(second, 'bench-two', 'title', 'Begin');
    const latencies: number[] = [];
    for (let edit = 0; edit < twoClientEdits; edit++) {
      const [from, to] = edit % 2 ? [second, first] : [first, second];
      const title = `Bewerking ${edit}`;
      const arrived = fieldArrives(to, 'bench-two', 'title', title);
      const start = performance.now();
      writeRecord(from.doc, 'cases', 'bench-two', { title }, ['title']);
      await arrived;
      latencies.push(performance.now() - start);
    }
    return latencies;
  } finally {
    clients.forEach((client) => client.close());
  }
}

interface CrowdFigures {
  latencies: number[];
  sent: number;
  rssBeforeKb: number;
  rssIdleKb: number;
  /** How late this process's own timers ran while typing: time the clients' side adds to every latency. */
  clientLagP95: number;
  serverCpuMs: number;
}

/**
 * `crowdClients` people, each on their own socket, `crowdPerDocument` to a
 * case, each setting their own field of the case every 200–500 ms. Every
 * client runs in this process, so one clock times sender and receivers.
 */
async function crowdLatencies(server: TestBoardServer, token: string): Promise<CrowdFigures> {
  const clients: YjsClient[] = [];
  const caseKey = (client: number) => `bench-crowd-${documentOfClient(client, crowdPerDocument)}`;
  try {
    const rssBeforeKb = serverRssKb(server);
    for (let offset = 0; offset < crowdClients; offset += connectBatch) {
      const batch = Array.from({ length: Math.min(connectBatch, crowdClients - offset) }, (_, index) => offset + index);
      clients.push(...(await Promise.all(batch.map((client) => connectClient(server.url, caseDocumentName(caseKey(client)), token)))));
    }
    await sleep(2000);
    const rssIdleKb = serverRssKb(server);

    // One member creates each case and everyone has it before typing starts, as in the app.
    clients.forEach((client, index) => {
      if (index % crowdPerDocument === 0) writeRecord(client.doc, 'cases', caseKey(index), { id: caseKey(index), title: 'Casus' }, null);
    });
    await Promise.all(clients.map((client, index) => fieldArrives(client, caseKey(index), 'title', 'Casus')));

    const latencies: number[] = [];
    clients.forEach((client) => {
      tableMap(client.doc, 'cases').observeDeep((events, transaction) => {
        if (transaction.local) return;
        const now = performance.now();
        for (const event of events) {
          const record = event.target;
          if (!(event instanceof Y.YMapEvent) || !(record instanceof Y.Map) || record.parent === null) continue;
          event.keysChanged.forEach((field) => {
            const typed = record.get(field) as { at?: number } | undefined;
            if (field.startsWith('typist') && typeof typed?.at === 'number') latencies.push(now - typed.at);
          });
        }
      });
    });
    let sent = 0;
    const lag = monitorEventLoopDelay({ resolution: 10 });
    lag.enable();
    const cpuBefore = serverCpuMs(server);
    const end = performance.now() + crowdTypingMs;
    await Promise.all(
      clients.map(async (client, index) => {
        const field = `typist${index % crowdPerDocument}`;
        for (let seq = 0; ; seq++) {
          await sleep(typingPause(Math.random(), 200, 500));
          if (performance.now() >= end) return;
          writeRecord(client.doc, 'cases', caseKey(index), { [field]: { at: performance.now(), seq } }, [field]);
          sent++;
        }
      }),
    );
    lag.disable();
    const typingCpu = serverCpuMs(server) - cpuBefore;
    const expected = sent * (crowdPerDocument - 1);
    const settleUntil = performance.now() + 5000;
    while (latencies.length < expected && performance.now() < settleUntil) await sleep(50);
    return { latencies, sent, rssBeforeKb, rssIdleKb, clientLagP95: lag.percentile(95) / 1e6, serverCpuMs: typingCpu };
  } finally {
    clients.forEach((client) => client.close());
  }
}

/** What a page's own database holds now, and what its header says. */
interface Progress {
  at: number;
  cases: number;
  outbox: number;
  updates: number;
  status: string | null;
  text: string | null;
}

async function progress(page: Page, start: number): Promise<Progress> {
  const inPage = await page.evaluate<Omit<Progress, 'at'>>(`(async () => {
    const db = await new Promise((resolve, reject) => {
      const open = indexedDB.open('beraad');
      open.onsuccess = () => resolve(open.result);
      open.onerror = () => reject(open.error);
    });
    const count = (name) => new Promise((resolve) => {
      if (!db.objectStoreNames.contains(name)) return resolve(0);
      const request = db.transaction(name).objectStore(name).count();
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => resolve(-1);
    });
    const [cases, outbox, updates] = [await count('cases'), await count('syncOutbox'), await count('syncUpdates')];
    db.close();
    const header = document.querySelector('[data-board-status]');
    return { cases, outbox, updates, status: header?.getAttribute('data-board-status') ?? null, text: header?.textContent ?? null };
  })()`);
  return { at: Math.round(performance.now() - start), ...inPage };
}

interface Connected {
  /** From the click until `done`; null when the limit came first or it stopped moving. */
  ms: number | null;
  stalled: boolean;
  timeline: Progress[];
}

/** Connects through the settings and follows the page's database and header until `done` holds, or the limit. */
async function connectAndFollow(page: Page, url: string, email: string, done: (now: Progress) => boolean): Promise<Connected> {
  await page.getByRole('link', { name: 'Instellingen' }).click();
  await page.getByRole('link', { name: /^Bestuursmodus/ }).click();
  await page.getByLabel('Adres van de server').fill(url);
  await fillSignIn(page, { method: 'login', email });
  const start = performance.now();
  await page.getByRole('button', { name: 'Verbinden en delen' }).click();
  const timeline: Progress[] = [];
  let lastLogged = -Infinity;
  while (performance.now() - start < newDeviceLimitMs) {
    const now = await progress(page, start);
    if (timeline.length === 0 || JSON.stringify({ ...timeline.at(-1), at: 0 }) !== JSON.stringify({ ...now, at: 0 })) timeline.push(now);
    if (done(now)) return { ms: performance.now() - start, stalled: false, timeline };
    if (now.at - timeline.at(-1)!.at >= stallMs(now.outbox)) return { ms: null, stalled: true, timeline: [...timeline, now] };
    if (now.at - lastLogged >= 10_000) {
      console.log(`  … ${Math.round(now.at / 1000)} s: ${now.cases} casussen, outbox ${now.outbox}, updates ${now.updates}, ${now.text ?? '-'}`);
      lastLogged = now.at;
    }
    await sleep(pollMs);
  }
  return { ms: null, stalled: false, timeline };
}

const everythingShared = (now: Progress) => now.status === 'connected' && now.text === 'Verbonden' && now.outbox === 0;

/** The timeline thinned to about `points` rows, first and last kept, for the printed diagnosis. */
function thinned(timeline: readonly Progress[], points: number): Progress[] {
  if (timeline.length <= points) return [...timeline];
  const step = timeline.length / (points - 1);
  return [...Array.from({ length: points - 1 }, (_, index) => timeline[Math.floor(index * step)]!), timeline.at(-1)!];
}

function describeTimeline(label: string, connected: Connected): string {
  const rows = thinned(connected.timeline, 16).map(
    (row) => `    ${(row.at / 1000).toFixed(1).padStart(6)} s  casussen ${row.cases}  outbox ${row.outbox}  updates ${row.updates}  ${row.text ?? '-'}`,
  );
  const outcome =
    connected.ms !== null
      ? `${Math.round(connected.ms)} ms`
      : connected.stalled
        ? `blijft steken: ${stallMs(connected.timeline.at(-1)?.outbox ?? 0) / 1000} s niets veranderd`
        : `niet klaar binnen ${newDeviceLimitMs / 1000} s`;
  return [`  ${label}: ${outcome}`, ...rows].join('\n');
}

interface Step {
  connected: Connected;
  serverCpu: number;
  browserCpu: number;
}
interface NewDeviceFigures {
  upload: Step;
  join: Step;
}

/**
 * Runs `connect` under the page's CPU profiler and the server's CPU clock;
 * prints the timeline, the server's CPU time and the page's hot spots, and
 * writes the profile to `profileOut` (open it in Chrome's DevTools).
 */
async function profiled(label: string, profile: Profile, page: Page, server: TestBoardServer, profileOut: string, connect: () => Promise<Connected>) {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 1000 });
  await cdp.send('Profiler.start');
  // The sync engine reports what goes wrong on the console: a stuck step says why here.
  const problems = new Map<string, number>();
  const note = (text: string) => problems.set(text.slice(0, 300), (problems.get(text.slice(0, 300)) ?? 0) + 1);
  const onConsole = (message: ConsoleMessage) => message.type() === 'error' && note(message.text());
  const onError = (error: Error) => note(String(error));
  page.on('console', onConsole);
  page.on('pageerror', onError);
  const cpuBefore = serverCpuMs(server);
  const browserBefore = browserCpuMs(profile);
  const connected = await connect();
  const serverCpu = serverCpuMs(server) - cpuBefore;
  const browserAfter = browserCpuMs(profile);
  const browserCpu = sum(browserAfter) - sum(browserBefore);
  const byKind = [...browserAfter].map(([kind, ms]) => `${kind} ${Math.round(ms - (browserBefore.get(kind) ?? 0))} ms`).join(', ');
  const { profile: cpuProfile } = (await cdp.send('Profiler.stop')) as unknown as { profile: CpuProfile };
  await cdp.detach();
  writeFileSync(profileOut, JSON.stringify(cpuProfile));
  console.log(describeTimeline(label, connected));
  console.log(`  CPU: server ${Math.round(serverCpu)} ms, Chromium ${Math.round(browserCpu)} ms (${byKind})`);
  page.off('console', onConsole);
  page.off('pageerror', onError);
  for (const [text, count] of problems) console.log(`  fout in de pagina (${count}×): ${text}`);
  console.log(`  meeste eigen tijd in de pagina (profiel: ${profileOut}):`);
  for (const spot of hotspots(cpuProfile, 15)) console.log(`    ${String(spot.selfMs).padStart(7)} ms  ${spot.name}`);
  return { connected, serverCpu, browserCpu };
}

/**
 * Waits until the server has stored what the sharing device left it: the last
 * connection to each document closing stores that document, ten thousand
 * writes that would otherwise be timed as the new device's join (a board's
 * archive is at rest when someone joins it). Bounded like every step.
 */
async function serverAtRest(server: TestBoardServer): Promise<void> {
  const start = performance.now();
  let before = serverCpuMs(server);
  while (performance.now() - start < newDeviceLimitMs) {
    await sleep(1000);
    const now = serverCpuMs(server);
    if (now - before < restCpuMs) break;
    before = now;
  }
  console.log(`  server klaar met opslaan na ${((performance.now() - start) / 1000).toFixed(1)} s`);
}

/**
 * The real app in Chromium: one profile with `caseCount` cases shares them
 * with a fresh server; then a fresh profile connects and is timed until its
 * own database holds every case. Both pages' CPU profiles are written to
 * `outFolder`, their hot spots printed.
 */
async function newDevice(server: TestBoardServer, email: string, appUrl: string, caseCount: number, outFolder: string): Promise<NewDeviceFigures> {
  const uploader = new Profile(appUrl);
  const joiner = new Profile(appUrl);
  try {
    const page = await uploader.open();
    await page.evaluate(await buildPageBundle('benchApi.ts', 'beraadBenchBundle'));
    await page.evaluate(`window.beraadBench.seed(${caseCount}, 1000)`);
    await page.reload();
    await page.locator('main').waitFor();
    const upload = await profiled('bestuursmodus aan, alles delen', uploader, page, server, join(outFolder, `sync-upload-${caseCount}.cpuprofile`), () =>
      connectAndFollow(page, server.url, email, everythingShared),
    );
    await uploader.close();
    await serverAtRest(server);

    const fresh = await joiner.open();
    const joined = await profiled('nieuw apparaat haalt alles op', joiner, fresh, server, join(outFolder, `sync-newdevice-${caseCount}.cpuprofile`), () =>
      connectAndFollow(fresh, server.url, email, (now) => now.cases >= caseCount && everythingShared(now)),
    );
    return { upload, join: joined };
  } finally {
    await uploader.close();
    await joiner.close();
    uploader.dispose();
    joiner.dispose();
  }
}

/**
 * A step's figures: its time when it finished; when it did not, how far it
 * got instead (cases it holds, documents its header still shares), so the
 * result file never holds a limit as if it were a time.
 */
function stepResults(name: string, { connected, serverCpu, browserCpu }: Step): BenchResult[] {
  const last = connected.timeline.at(-1);
  const drained = firstDrained(connected.timeline);
  return [
    ...(connected.ms === null ? [] : [toResult(name, [connected.ms], 'ms')]),
    // Only the sharing device's outbox is worth a figure: a new device's holds just its own few defaults.
    ...(drained === null || name !== 'boardUpload' ? [] : [toResult(`${name}Drained`, [drained], 'ms')]),
    toResult(`${name}Cases`, [last?.cases ?? 0], 'count'),
    toResult(`${name}UnconfirmedDocs`, [pendingInStatus(last?.text ?? null)], 'count'),
    toResult(`${name}ServerCpu`, [serverCpu], 'ms'),
    toResult(`${name}BrowserCpu`, [browserCpu], 'ms'),
  ];
}

/**
 * Board mode's figures (issue 13), each against a real board server on
 * 127.0.0.1 that is stopped afterwards, also on failure: propagation between
 * two clients and among 200, the server's memory per idle connection, and a
 * new device joining a board of `caseCount` cases in the real app.
 */
export async function benchSync(appUrl: string, caseCount: number, outFolder: string): Promise<BenchResult[]> {
  console.log('sync: twee clients');
  const two = await withServer((server, token) => twoClientLatencies(server.url, server.url, token));
  console.log('sync: twee clients op twee servers (PostgreSQL en Redis)');
  const scaledOut = await scaleOutLatencies();
  console.log(`sync: ${crowdClients} clients`);
  const crowd = await withServer(crowdLatencies);
  console.log(`sync: nieuw apparaat bij ${caseCount} casussen`);
  const device = await withServer((server, _token, email) => newDevice(server, email, appUrl, caseCount, outFolder));
  return [
    toResult('syncP95', [percentile(two, 0.95)], 'ms'),
    toResult('syncMedian', [median(two)], 'ms'),
    toResult('syncEdits', [two.length], 'count'),
    toResult('syncScaleOutP95', [percentile(scaledOut, 0.95)], 'ms'),
    toResult('syncScaleOutMedian', [median(scaledOut)], 'ms'),
    toResult('sync200P95', [percentile(crowd.latencies, 0.95)], 'ms'),
    toResult('sync200Median', [median(crowd.latencies)], 'ms'),
    toResult('sync200Edits', [crowd.sent], 'count'),
    toResult('sync200Deliveries', [crowd.latencies.length], 'count'),
    toResult('sync200ClientLagP95', [crowd.clientLagP95], 'ms'),
    toResult('sync200ServerCpu', [crowd.serverCpuMs], 'ms'),
    toResult('serverMemPerConnectionKb', [perConnectionKb(crowd.rssBeforeKb, crowd.rssIdleKb, crowdClients)], 'kB'),
    ...stepResults('boardUpload', device.upload),
    ...stepResults('newDeviceSync', device.join),
  ];
}
