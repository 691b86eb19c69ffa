import { writeFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { hotspots, type CpuProfile } from './syncPlan';

/**
 * Profiles the page's CPU while a bench part runs, when BENCH_PROFILE is set
 * (sampling slows the page, so the figures of such a run do not count): the
 * profile is written to `file` (open it in Chrome's DevTools) and its hot
 * spots printed. Without BENCH_PROFILE it does nothing.
 */
export async function profiledWhen<T>(page: Page, file: string, work: () => Promise<T>): Promise<T> {
  if (!process.env.BENCH_PROFILE) return work();
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
  await cdp.send('Profiler.start');
  const result = await work();
  const { profile } = (await cdp.send('Profiler.stop')) as unknown as { profile: CpuProfile };
  await cdp.detach();
  writeFileSync(file, JSON.stringify(profile));
  console.log(`  meeste eigen tijd in de pagina (profiel: ${file}):`);
  for (const spot of hotspots(profile, 15)) console.log(`    ${String(spot.selfMs).padStart(7)} ms  ${spot.name}`);
  return result;
}
