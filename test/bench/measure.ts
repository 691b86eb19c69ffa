import type { Page } from 'playwright-core';

/**
 * Time from a user action until the next frame after the DOM shows `doneSelector`.
 * Sent as source text: tsx's name-keeping helpers do not exist inside the page.
 */
export async function timeInteraction(page: Page, action: string, doneSelector: string): Promise<number> {
  return page.evaluate(`(async () => {
    const start = performance.now();
    ${action}
    await new Promise((resolve) => {
      const check = () => (document.querySelector(${JSON.stringify(doneSelector)}) ? resolve() : requestAnimationFrame(check));
      check();
    });
    await new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
    return performance.now() - start;
  })()`);
}

/** The duration of a user-timing measure the app records (renderer/perf), once it exists. */
export async function measured(page: Page, name: string): Promise<number> {
  for (let attempt = 0; attempt < 600; attempt++) {
    const duration = await page.evaluate<number | null>(
      `performance.getEntriesByName(${JSON.stringify(name)}, 'measure').at(-1)?.duration ?? null`,
    );
    if (duration !== null) return duration;
    await page.waitForTimeout(50);
  }
  throw new Error(`measure ${name} never recorded`);
}

