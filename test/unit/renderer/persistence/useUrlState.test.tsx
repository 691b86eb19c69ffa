// @vitest-environment jsdom
import { act } from 'react';
import { createMemoryRouter, RouterProvider } from 'react-router';
import { describe, expect, it } from 'vitest';
import { useUrlState } from '../../../../renderer/persistence/useUrlState';
import { render, urlWritten } from './reactHarness';

const read = (params: URLSearchParams) => Number(params.get('n') ?? 0) || 0;
const write = (n: number): Record<string, string> => (n === 0 ? {} : { n: String(n) });

/** A counter kept in `?n=`, on a page the memory router can leave for `/elders` and come back to. */
async function pageAt(...entries: string[]) {
  const result = { current: undefined as unknown as ReturnType<typeof useUrlState<number>> };
  function Probe() {
    result.current = useUrlState(read, write);
    return null;
  }
  const router = createMemoryRouter([{ path: '/', element: <Probe /> }, { path: '/elders', element: null }], {
    initialEntries: entries,
    initialIndex: entries.length - 1,
  });
  await render(<RouterProvider router={router} />);
  return { router, value: () => result.current[0], set: (...args: Parameters<(typeof result.current)[1]>) => result.current[1](...args) };
}

describe('useUrlState', () => {
  it('shows a change at once and writes the URL only after the paint, so the router’s render does not delay it', async () => {
    const page = await pageAt('/');
    act(() => page.set(4));
    expect(page.value()).toBe(4);
    expect(page.router.state.location.search).toBe('');
    await urlWritten();
    expect(page.router.state.location.search).toBe('?n=4');
  });

  it('composes updates made before the router has applied the first', async () => {
    const page = await pageAt('/');
    act(() => {
      page.set((n) => n + 1);
      page.set((n) => n + 1);
      page.set((n) => n + 1);
    });
    await urlWritten();
    expect(page.value()).toBe(3);
    expect(page.router.state.location.search).toBe('?n=3');
  });

  it('takes a plain value as well', async () => {
    const page = await pageAt('/?n=2');
    await act(async () => page.set(7));
    await urlWritten();
    expect(page.router.state.location.search).toBe('?n=7');
  });

  it('rewrites a hand-edited query to what it understood', async () => {
    const page = await pageAt('/?n=veel&x=1');
    await urlWritten();
    expect(page.value()).toBe(0);
    expect(page.router.state.location.search).toBe('');
  });

  it('replaces the history entry instead of adding one per change', async () => {
    const page = await pageAt('/elders', '/');
    await act(async () => page.set(1));
    await act(async () => page.set(2));
    await urlWritten();
    await act(() => page.router.navigate(-1));
    expect(page.router.state.location.pathname).toBe('/elders');
  });

  it('follows Back and Forward between entries of the same page', async () => {
    const page = await pageAt('/?n=4', '/?n=5');
    expect(page.value()).toBe(5);
    await act(() => page.router.navigate(-1));
    expect(page.value()).toBe(4);
    await act(() => page.router.navigate(1));
    expect(page.value()).toBe(5);
  });

  it('follows a link to the page with another query, also after changes of its own', async () => {
    const page = await pageAt('/');
    await act(async () => page.set(3));
    await urlWritten();
    await act(() => page.router.navigate('/?n=9'));
    expect(page.value()).toBe(9);
    await act(() => page.router.navigate('/'));
    expect(page.value()).toBe(0);
  });
});
