// @vitest-environment jsdom
import { afterEach, describe, expect, it, vi } from 'vitest';

/* The first paint happens once per app start, so each test starts the module afresh. */
const paintMarks = async () => {
  vi.resetModules();
  return import('../../../../renderer/perf/paintMarks');
};

describe('first screen shown', () => {
  afterEach(() => {
    vi.useRealTimers();
  });

  it('resolves when a page has painted what it read, long before the latest moment, for everyone who waits', async () => {
    const { firstScreenShown, measureAfterPaint } = await paintMarks();
    vi.useFakeTimers({ toFake: ['setTimeout', 'requestAnimationFrame'] });
    let alsoShown = false;
    void firstScreenShown(3000).then(() => (alsoShown = true));
    let shown = false;
    void firstScreenShown(3000).then(() => (shown = true));
    await vi.advanceTimersByTimeAsync(500);
    expect(shown).toBe(false);

    measureAfterPaint('caselist');
    await vi.advanceTimersByTimeAsync(50);
    expect(shown).toBe(true);
    expect(alsoShown).toBe(true);
  });

  it('resolves at the latest moment on a page that reports no paint', async () => {
    const { firstScreenShown } = await paintMarks();
    vi.useFakeTimers({ toFake: ['setTimeout', 'requestAnimationFrame'] });
    let shown = false;
    void firstScreenShown(3000).then(() => (shown = true));
    await vi.advanceTimersByTimeAsync(2900);
    expect(shown).toBe(false);
    await vi.advanceTimersByTimeAsync(200);
    expect(shown).toBe(true);
  });
});
