/** Resolves once the next frame is on screen: a task queued from requestAnimationFrame runs after the paint. */
export function afterNextPaint(): Promise<void> {
  return new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
}

/*
 * User-timing marks the benchmark reads (test/bench): from a request to the
 * paint that shows its result. The first such paint also tells the app that
 * its first screen is up (firstScreenShown).
 */
export function markRequested(name: string): void {
  performance.clearMarks(`${name}:requested`);
  performance.mark(`${name}:requested`);
}

let firstScreenPainted: () => void = () => {};
const firstScreenPaint = new Promise<void>((resolve) => (firstScreenPainted = resolve));

/**
 * Resolves once a page has painted what it read (its measureAfterPaint), so
 * work that can wait (loading other pages' code, a scheduled backup) does not
 * compete with the first screen; after `latestMs` in any case, for a page
 * that reports nothing.
 */
export function firstScreenShown(latestMs = 3000): Promise<void> {
  return Promise.race([firstScreenPaint, new Promise<void>((resolve) => setTimeout(resolve, latestMs))]);
}

export function measureAfterPaint(name: string): void {
  void afterNextPaint().then(() => {
    firstScreenPainted();
    if (performance.getEntriesByName(`${name}:requested`, 'mark').length === 0) return;
    performance.measure(name, `${name}:requested`);
    performance.clearMarks(`${name}:requested`);
  });
}
