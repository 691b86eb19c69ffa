// @vitest-environment jsdom
import { act } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { dismissStorageProblem, useStorageProblem } from '../../../../renderer/persistence/storageProblems';
import { useLoaded } from '../../../../renderer/persistence/useLoaded';
import { deferred, renderHook } from './reactHarness';

afterEach(() => {
  dismissStorageProblem();
  vi.restoreAllMocks();
});

describe('useLoaded', () => {
  it('starts from null for another load and never shows the late answer of the one before', async () => {
    const first = deferred<string>();
    const second = deferred<string>();
    const loads = { first: () => first.promise, second: () => second.promise };
    const { result, rerender } = await renderHook(({ load }) => useLoaded(load), { load: loads.first });
    await rerender({ load: loads.second });
    await act(async () => first.resolve('zaak 1'));
    expect(result.current.value).toBeNull();
    await act(async () => second.resolve('zaak 2'));
    expect(result.current.value).toBe('zaak 2');
  });

  it('keeps the newest answer when an older reload finishes last', async () => {
    const reads = [deferred<number>(), deferred<number>(), deferred<number>()];
    let calls = 0;
    const load = () => reads[calls++]!.promise;
    const { result } = await renderHook(() => useLoaded(load), undefined);
    let older: Promise<void> = Promise.resolve();
    act(() => {
      older = result.current.reload();
      void result.current.reload();
    });
    await act(async () => reads[2]!.resolve(2));
    await act(async () => reads[0]!.resolve(0));
    await act(async () => {
      reads[1]!.resolve(1);
      await older;
    });
    expect(result.current.value).toBe(2);
  });

  it('says the read failed, reports it, and reads again on reload', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => {});
    const answers = [() => Promise.reject(new Error('kapot')), () => Promise.resolve('gelezen')];
    const load = () => answers.shift()!();
    const { result } = await renderHook(() => ({ ...useLoaded(load), problem: useStorageProblem() }), undefined);
    expect(result.current).toMatchObject({ value: null, failed: true, problem: 'unknown' });
    await act(() => result.current.reload());
    expect(result.current).toMatchObject({ value: 'gelezen', failed: false });
  });

  it('keeps the answer it had when a later read fails', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => {});
    const answers = [() => Promise.resolve('eerst'), () => Promise.reject(new Error('kapot'))];
    const load = () => answers.shift()!();
    const { result } = await renderHook(() => useLoaded(load), undefined);
    await act(() => result.current.reload());
    expect(result.current).toMatchObject({ value: 'eerst', failed: true });
  });
});
