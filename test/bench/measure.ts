import type { Page } from 'playwright-core';

export const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
};
export const round = (value: number) => Math.round(value * 10) / 10;
export const percentile = (values: number[], p: number) => [...values].sort((a, b) => a - b)[Math.min(values.length - 1, Math.floor(values.length * p))]!;

/**
 * Time from a user action until the frame that shows `doneSelector` has been
 * painted: the element is looked for as each frame starts, and the frame that
 * finds it paints it before a timeout set then can run.
 * Sent as source text: tsx's name-keeping helpers do not exist inside the page.
 */
export async function timeInteraction(page: Page, action: string, doneSelector: string): Promise<number> {
  return page.evaluate(`(async () => {
    const start = performance.now();
    ${action}
    await new Promise((resolve) => {
      const check = () => (document.querySelector(${JSON.stringify(doneSelector)}) ? setTimeout(resolve, 0) : requestAnimationFrame(check));
      requestAnimationFrame(check);
    });
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

