/** Resolves once the next frame is on screen: a task queued from requestAnimationFrame runs after the paint. */
export function afterNextPaint(): Promise<void> {
  return new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
}

/* User-timing marks the benchmark reads (test/bench): from a request to the paint that shows its result. */
export function markRequested(name: string): void {
  performance.clearMarks(`${name}:requested`);
  performance.mark(`${name}:requested`);
}

export function measureAfterPaint(name: string): void {
  void afterNextPaint().then(() => {
    if (performance.getEntriesByName(`${name}:requested`, 'mark').length === 0) return;
    performance.measure(name, `${name}:requested`);
    performance.clearMarks(`${name}:requested`);
  });
}
