// @vitest-environment jsdom
import { act } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Person } from '@shared/people/personSchema';
import { usePeople } from '../../../../renderer/people/usePeople';
import type { PeopleRepository } from '../../../../renderer/people/peopleRepository';
import { dismissStorageProblem } from '../../../../renderer/persistence/storageProblems';
import { deferred, renderHook, settle, withServices } from '../persistence/reactHarness';

const person = (name: string) => ({ id: name, name }) as Person;

async function renderWith(list: PeopleRepository['list']) {
  return renderHook(() => usePeople(), undefined, withServices({ people: { list } as unknown as PeopleRepository }));
}

afterEach(() => {
  dismissStorageProblem();
  vi.restoreAllMocks();
});

describe('usePeople', () => {
  it('is null until the register has been read', async () => {
    const read = deferred<Person[]>();
    const { result } = await renderWith(() => read.promise);
    expect(result.current.people).toBeNull();
    await act(async () => read.resolve([person('Noor')]));
    expect(result.current.people).toEqual([person('Noor')]);
  });

  it('shows the newest read when two reloads finish out of order', async () => {
    const reads = [deferred<Person[]>(), deferred<Person[]>(), deferred<Person[]>()];
    const list = vi.fn(() => reads[list.mock.calls.length - 1]!.promise);
    const { result } = await renderWith(list);
    await act(async () => reads[0]!.resolve([]));
    act(() => {
      void result.current.reload();
      void result.current.reload();
    });
    await act(async () => reads[2]!.resolve([person('Noor'), person('Wim')]));
    await act(async () => reads[1]!.resolve([person('Noor')]));
    expect(result.current.people).toEqual([person('Noor'), person('Wim')]);
  });

  it('resolves a reload once its list is on screen, so a notice never stands beside the old one', async () => {
    const reads = [Promise.resolve([]), Promise.resolve([person('Noor')])];
    const { result } = await renderWith(() => reads.shift()!);
    let shown: Person[] | null = null;
    await act(() => result.current.reload().then(() => void (shown = result.current.people)));
    expect(shown).toEqual([person('Noor')]);
  });

  it('says when the register could not be read, instead of loading forever', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => {});
    const { result } = await renderWith(() => Promise.reject(new Error('kapot')));
    expect(result.current).toMatchObject({ people: null, failed: true });
  });

  it('reports a failed read and keeps what it showed', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => {});
    const reads = [() => Promise.resolve([person('Noor')]), () => Promise.reject(new Error('kapot'))];
    const { result } = await renderWith(() => reads.shift()!());
    await settle();
    await act(() => result.current.reload());
    expect(console.error).toHaveBeenCalledWith(new Error('kapot'));
    expect(result.current.people).toEqual([person('Noor')]);
  });
});
