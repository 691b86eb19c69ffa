/**
 * User-timing marks the benchmark reads (test/bench). A measure ends after the
 * next paint: a task queued from requestAnimationFrame runs once the frame is on screen.
 */
export function markRequested(name: string): void {
  performance.clearMarks(`${name}:requested`);
  performance.mark(`${name}:requested`);
}

export function measureAfterPaint(name: string): void {
  requestAnimationFrame(() =>
    setTimeout(() => {
      if (performance.getEntriesByName(`${name}:requested`, 'mark').length === 0) return;
      performance.measure(name, `${name}:requested`);
      performance.clearMarks(`${name}:requested`);
    }, 0),
  );
}
