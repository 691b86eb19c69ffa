// @vitest-environment jsdom
import { act } from 'react';
import { createMemoryRouter, RouterProvider } from 'react-router';
import { describe, expect, it } from 'vitest';
import { defaultCaseFilter, type CaseFilter } from '@shared/cases/caseFilter';
import { useCaseFilter } from '../../../../renderer/cases/useCaseFilter';
import { render, urlWritten } from '../persistence/reactHarness';

/** The list page's hook under a real (memory) router, which applies URL changes in a transition as the app's does. */
async function listAt(url: string) {
  const result = { current: undefined as unknown as ReturnType<typeof useCaseFilter> };
  function Probe() {
    result.current = useCaseFilter();
    return null;
  }
  const router = createMemoryRouter([{ path: '/', element: <Probe /> }, { path: '/casussen/:id', element: null }], {
    initialEntries: [url],
  });
  await render(<RouterProvider router={router} />);
  return {
    router,
    filter: () => result.current[0],
    update: (change: Partial<CaseFilter>) => result.current[1](change),
    search: () => new URLSearchParams(router.state.location.search),
  };
}

describe('useCaseFilter', () => {
  it('reads the filter from the URL and ignores values it does not know', async () => {
    const list = await listAt('/?q=drone&status=intake&thema=zorg&jaar=2025&classificatie=geheim&archief=1&sorteer=zaaknummer&richting=op');
    expect(list.filter()).toEqual({
      text: 'drone',
      status: 'intake',
      theme: 'zorg',
      year: '2025',
      classification: '',
      showArchived: true,
      sort: 'reference',
      descending: false,
    });
  });

  it('keeps both of two changes made before the router has applied the first', async () => {
    const list = await listAt('/');
    act(() => {
      list.update({ status: 'intake' });
      list.update({ theme: 'zorg' });
    });
    await urlWritten();
    expect(list.filter()).toEqual({ ...defaultCaseFilter, status: 'intake', theme: 'zorg' });
    expect(Object.fromEntries(list.search())).toEqual({ status: 'intake', thema: 'zorg' });
  });

  it('replaces the history entry, so Back leaves the list instead of undoing a filter', async () => {
    const list = await listAt('/casussen/1');
    await act(() => list.router.navigate('/'));
    await act(async () => list.update({ status: 'intake' }));
    await act(() => list.router.navigate(-1));
    expect(list.router.state.location.pathname).toBe('/casussen/1');
  });

  it('follows a navigation to another filter while the list stays open', async () => {
    const list = await listAt('/?status=intake');
    await act(() => list.router.navigate('/'));
    expect(list.filter()).toEqual(defaultCaseFilter);
    await act(() => list.router.navigate(-1));
    expect(list.filter().status).toBe('intake');
  });

  it('writes only what differs from the default', async () => {
    const list = await listAt('/');
    await act(async () => list.update({ showArchived: true, sort: 'reference', descending: false }));
    await urlWritten();
    expect(Object.fromEntries(list.search())).toEqual({ archief: '1', sorteer: 'zaaknummer', richting: 'op' });
    await act(async () => list.update({ showArchived: false, sort: 'receivedOn', descending: true }));
    await urlWritten();
    expect(list.router.state.location.search).toBe('');
  });
});
