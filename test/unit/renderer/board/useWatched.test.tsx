// @vitest-environment jsdom
import { act } from 'react';
import { describe, expect, it, vi } from 'vitest';
import { useWatched, type Watch } from '../../../../renderer/board/useWatched';
import { deferred, renderHook } from '../persistence/reactHarness';

/** A watch the test drives: what it reports, when it has started, and whether it was stopped. */
function drivenWatch() {
  const started = deferred<() => void>();
  const stop = vi.fn();
  let report: (value: string) => void = () => undefined;
  const watch: Watch<string> = (listener) => {
    report = listener;
    return started.promise;
  };
  return { watch, stop, start: () => act(async () => started.resolve(stop)), report: (value: string) => act(async () => report(value)) };
}

describe('useWatched', () => {
  it('holds the latest value reported, and stops the watch when the component goes', async () => {
    const driven = drivenWatch();
    const rendered = await renderHook((watch: Watch<string> | null) => useWatched(watch), driven.watch);
    expect(rendered.result.current).toBeNull();
    await driven.start();
    await driven.report('gelezen');
    await driven.report('uitgesloten');
    expect(rendered.result.current).toBe('uitgesloten');

    await act(async () => rendered.unmount());
    expect(driven.stop).toHaveBeenCalledOnce();
  });

  it('stops a watch that starts after the component went, and forgets the old value for a new watch', async () => {
    const first = drivenWatch();
    const rendered = await renderHook((watch: Watch<string> | null) => useWatched(watch), first.watch);
    await first.report('van de eerste');
    const second = drivenWatch();
    await act(async () => rendered.rerender(second.watch));
    expect(rendered.result.current).toBeNull();

    await first.start();
    expect(first.stop).toHaveBeenCalledOnce();
  });

  it('watches nothing without a watch', async () => {
    const rendered = await renderHook((watch: Watch<string> | null) => useWatched(watch), null);
    expect(rendered.result.current).toBeNull();
  });
});
