import { describe, expect, it, vi } from 'vitest';
import { lazyComponent, lazyModule, preloadComponent, preloadLazyComponents } from '../../../../renderer/components/lazyComponent';

const page = () => null;

describe('lazy pages', () => {
  it('loads every page once, one after the other, when the browser is idle', async () => {
    const order: string[] = [];
    const first = vi.fn(async () => (order.push('first'), { FirstPage: page }));
    const second = vi.fn(async () => (order.push('second'), { SecondPage: page }));
    lazyComponent(first, 'FirstPage');
    lazyComponent(second, 'SecondPage');
    const idle: (() => void)[] = [];
    preloadLazyComponents((work) => idle.push(work));

    expect(first).not.toHaveBeenCalled();
    idle.shift()!();
    await vi.waitFor(() => expect(idle).toHaveLength(1));
    expect(order).toEqual(['first']);
    idle.shift()!();
    await vi.waitFor(() => expect(order).toEqual(['first', 'second']));

    // A second round (the app drawn again) loads nothing twice.
    preloadLazyComponents((work) => work());
    await vi.waitFor(() => expect(second).toHaveBeenCalledTimes(1));
    expect(first).toHaveBeenCalledTimes(1);
  });

  it('goes on with the next page when one fails to load', async () => {
    const failing = vi.fn(async (): Promise<{ BrokenPage: () => null }> => {
      throw new Error('offline');
    });
    const after = vi.fn(async () => ({ AfterPage: page }));
    lazyComponent(failing, 'BrokenPage');
    lazyComponent(after, 'AfterPage');
    preloadLazyComponents((work) => work());
    await vi.waitFor(() => expect(after).toHaveBeenCalledTimes(1));
  });

  it('loads one component ahead of its first render, and only once', async () => {
    const load = vi.fn(async () => ({ AheadPage: page }));
    const AheadPage = lazyComponent(load, 'AheadPage');
    preloadComponent(AheadPage);
    preloadComponent(AheadPage);
    preloadComponent(page);
    await vi.waitFor(() => expect(load).toHaveBeenCalledTimes(1));
  });

  it('preloads a module a component loads itself, keeps it once loaded, and tries again after a failed load', async () => {
    const answers = [() => Promise.reject(new Error('offline')), () => Promise.resolve({ Editor: page })];
    const load = vi.fn(() => answers.shift()!());
    const editorCode = lazyModule(load);
    preloadLazyComponents((work) => work());
    await vi.waitFor(() => expect(load).toHaveBeenCalledTimes(1));
    expect(editorCode.loaded()).toBeNull();

    await expect(editorCode.load()).resolves.toEqual({ Editor: page });
    expect(editorCode.loaded()).toEqual({ Editor: page });
    await editorCode.load();
    expect(load).toHaveBeenCalledTimes(2);
  });
});
