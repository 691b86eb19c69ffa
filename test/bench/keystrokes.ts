import type { Page } from 'playwright-core';

/**
 * Starts timing every keystroke in the page: from the key event's timestamp
 * to the task after the next frame, its input-to-paint. `keystrokes` reads
 * what was timed so far.
 */
export async function timeKeystrokes(page: Page): Promise<{ keystrokes(): Promise<number[]> }> {
  await page.evaluate(`(() => {
    const latencies = [];
    window.addEventListener('keydown', (event) => {
      const start = event.timeStamp;
      requestAnimationFrame(() => setTimeout(() => latencies.push(performance.now() - start), 0));
    }, true);
    window.beraadTimedKeystrokes = latencies;
  })()`);
  return { keystrokes: () => page.evaluate<number[]>('window.beraadTimedKeystrokes') };
}
