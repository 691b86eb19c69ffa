import type { Page } from 'playwright-core';
import { measured, timeInteraction } from './measure';

export interface CaseListRun {
  firstPaint: number;
  allLoaded: number;
  filterChange: number;
  sortChange: number;
  textFilter: number;
}

const selectAction = (label: string, value: string) => `
  const label = [...document.querySelectorAll('label')].find((l) => l.textContent.trim() === ${JSON.stringify(label)});
  const select = document.getElementById(label.htmlFor);
  select.value = ${JSON.stringify(value)};
  select.dispatchEvent(new Event('change', { bubbles: true }));`;

/** Opens the case list fresh and waits until it holds every case, so filtering is over all of them. */
export async function openCaseList(page: Page, url: string): Promise<{ firstPaint: number; allLoaded: number }> {
  await page.goto(`${url}#/`);
  await page.reload();
  await page.locator('[data-case-row]').first().waitFor({ timeout: 30_000 });
  return { firstPaint: await measured(page, 'caselist'), allLoaded: await measured(page, 'caselist-complete') };
}

/**
 * From the start of navigation to the paint of the first screen (the case list
 * with its newest rows), as a user starting the app waits for it. Cold: the
 * browser's cache and its compiled code are cleared first, as after an app
 * update; warm: a plain reload, as every later start.
 */
export async function appStart(page: Page, url: string, cold: boolean): Promise<number> {
  await page.goto(`${url}#/`);
  if (cold) {
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('Network.clearBrowserCache');
    await cdp.detach();
  }
  await page.reload();
  await page.locator('[data-case-row]').first().waitFor({ timeout: 30_000 });
  await measured(page, 'caselist');
  return page.evaluate<number>(`(() => { const m = performance.getEntriesByName('caselist', 'measure').at(-1); return m.startTime + m.duration; })()`);
}

/**
 * One run over the case list: its first paint and full load, then a status
 * filter, a sort and a text filter, each until the paint that shows it. `run`
 * alternates the choices, so each run changes something.
 */
export async function caseListRun(page: Page, url: string, run: number): Promise<CaseListRun> {
  const opened = await openCaseList(page, url);
  const status = run % 2 ? 'in_beraadslaging' : 'intake';
  const filterChange = await timeInteraction(page, selectAction('Status', status), `tr[data-case-row] + tr, .case-count`);
  await page.waitForTimeout(50);
  const sortChange = await timeInteraction(page, selectAction('Sorteren', run % 2 ? 'reference-asc' : 'reference-desc'), '.case-count');
  await page.waitForTimeout(50);
  const textFilter = await timeInteraction(
    page,
    `const input = document.querySelector('input[type=search]');
     Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value').set.call(input, 'camera');
     input.dispatchEvent(new Event('input', { bubbles: true }));`,
    '.case-count',
  );
  await page.waitForTimeout(50);
  return { ...opened, filterChange, sortChange, textFilter };
}
