import type { Page } from 'playwright-core';
import { quickPeriod, type QuickPeriod } from '../../shared/advice/periods';
import { measured, timeInteraction } from './measure';
import { toResult, type BenchResult } from './results';

/** How many advices run.ts seeds (page/adviceRegisterSeed.ts), before the case list is measured, so its flags have data too. */
export const benchAdviceCount = 2000;

/** The summary above the table carries the period it counts, so its attributes say the filter has been applied. */
const summaryFor = (from: string, to: string) => `.register-summary[data-from="${from}"][data-to="${to}"]`;

const typeDate = (name: string, value: string) => `
  const input = document.querySelector('input[name=${name}]');
  Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value').set.call(input, ${JSON.stringify(value)});
  input.dispatchEvent(new Event('input', { bubbles: true }));`;

/**
 * The advice register over the seeded advices: opening it (the newest rows
 * painted, then every advice with its counts), and from a filter
 * change to the paint that shows the filtered table (a quick period, a typed
 * date, the attention filter), as run.ts times the case-list filters. Each run
 * starts from a fresh load without a filter.
 */
export async function benchAdviceRegister(page: Page, baseUrl: string, runs: number): Promise<BenchResult[]> {
  const today = new Date().toLocaleDateString('sv-SE');
  const choices: QuickPeriod[] = ['lastYear', 'thisYear', 'lastQuarter', 'thisQuarter'];
  const open: number[] = [];
  const allLoaded: number[] = [];
  const quick: number[] = [];
  const typed: number[] = [];
  const attention: number[] = [];
  let rows = 0;
  for (let run = 0; run < runs; run++) {
    await page.goto(`${baseUrl}#/adviezen`);
    await page.reload();
    await page.locator('[data-register-row]').first().waitFor({ timeout: 30_000 });
    open.push(await measured(page, 'adviceregister'));
    allLoaded.push(await measured(page, 'adviceregister-complete'));

    const choice = choices[run % choices.length]!;
    const period = quickPeriod(choice, today);
    quick.push(
      await timeInteraction(page, `document.querySelector('[data-quick="${choice}"]').click();`, summaryFor(period.from, period.to)),
    );
    const table = page.locator('.register-table table');
    rows = (await table.count()) ? Number(await table.getAttribute('aria-rowcount')) - 1 : 0;
    await page.waitForTimeout(50);

    const from = `${Number(today.slice(0, 4)) - 2}-0${1 + (run % 9)}-01`;
    typed.push(await timeInteraction(page, typeDate('van', from), summaryFor(from, period.to)));
    await page.waitForTimeout(50);

    attention.push(
      await timeInteraction(
        page,
        `document.querySelector('.register-filters input[type=checkbox]').click();`,
        '.register-count[data-attention="true"]',
      ),
    );
  }
  return [
    toResult('adviceRegisterOpen', open, 'ms'),
    toResult('adviceRegisterAllLoaded', allLoaded, 'ms'),
    toResult('adviceRegisterQuickPeriod', quick, 'ms'),
    toResult('adviceRegisterTypedDate', typed, 'ms'),
    toResult('adviceRegisterAttentionFilter', attention, 'ms'),
    toResult('adviceRegisterRowsInQuickPeriod', [rows], 'count'),
  ];
}
