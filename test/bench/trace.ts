import { writeFileSync } from 'node:fs';
import type { Page } from 'playwright-core';

interface TraceEvent {
  name: string;
  ph: string;
  dur?: number;
  tid: number;
  pid: number;
  ts: number;
  args?: { name?: string };
}

/**
 * Records a Chrome performance trace of the page while `work` runs, when
 * BENCH_TRACE is set (tracing slows the page, so the figures of such a run do
 * not count): written to `file` (open it in DevTools' Performance panel), and
 * the main thread's time printed by kind of work: script, style, layout, paint.
 */
export async function tracedWhen<T>(page: Page, file: string, work: () => Promise<T>): Promise<T> {
  if (!process.env.BENCH_TRACE) return work();
  const cdp = await page.context().newCDPSession(page);
  const events: TraceEvent[] = [];
  cdp.on('Tracing.dataCollected', ({ value }) => events.push(...(value as unknown as TraceEvent[])));
  const done = new Promise<void>((resolve) => cdp.once('Tracing.tracingComplete', () => resolve()));
  await cdp.send('Tracing.start', { traceConfig: { includedCategories: ['devtools.timeline', 'v8', 'blink', 'disabled-by-default-devtools.timeline'] } });
  const result = await work();
  await cdp.send('Tracing.end');
  await done;
  await cdp.detach();
  writeFileSync(file, JSON.stringify({ traceEvents: events }));
  const main = events.find((event) => event.name === 'thread_name' && event.args?.name === 'CrRendererMain');
  const byName = new Map<string, number>();
  for (const { name, ph, tid, pid, dur } of events) {
    if (ph === 'X' && dur && main && tid === main.tid && pid === main.pid) byName.set(name, (byName.get(name) ?? 0) + dur / 1000);
  }
  console.log(`  hoofdthread per soort werk, genest opgeteld (trace: ${file}):`);
  for (const [name, ms] of [...byName].sort((a, b) => b[1] - a[1]).slice(0, 25)) console.log(`    ${ms.toFixed(1).padStart(8)} ms  ${name}`);
  return result;
}
