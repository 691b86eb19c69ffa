// @vitest-environment jsdom
import { act } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Case } from '@shared/cases/caseSchema';
import type { CaseRepository } from '../../../../renderer/cases/caseRepository';
import { useCase } from '../../../../renderer/cases/useCase';
import { dismissStorageProblem, useStorageProblem } from '../../../../renderer/persistence/storageProblems';
import { deferred, renderHook, withServices, type Deferred } from '../persistence/reactHarness';

const aCase = (id: string, title = `Casus ${id}`) => ({ id, title }) as Case;

/** The hook on a case page whose id the test changes, with every read answered by hand. */
async function casePage(id: string) {
  const reads = new Map<string, Deferred<Case | undefined>>();
  const get = vi.fn((wanted: string) => {
    reads.set(wanted, deferred());
    return reads.get(wanted)!.promise;
  });
  const rendered = await renderHook(
    (current: string) => ({ ...useCase(current), problem: useStorageProblem() }),
    id,
    withServices({ cases: { get } as unknown as CaseRepository }),
  );
  return { ...rendered, answer: (wanted: string, found: Case | undefined) => act(async () => reads.get(wanted)!.resolve(found)), reads };
}

afterEach(() => {
  dismissStorageProblem();
  vi.restoreAllMocks();
});

describe('useCase', () => {
  it('is undefined while loading and null for a case that does not exist', async () => {
    const page = await casePage('a');
    expect(page.result.current.found).toBeUndefined();
    await page.answer('a', undefined);
    expect(page.result.current.found).toBeNull();
  });

  it('shows nothing of the previous case while the next one loads', async () => {
    const page = await casePage('a');
    await page.answer('a', aCase('a'));
    await page.rerender('b');
    expect(page.result.current.found).toBeUndefined();
    await page.answer('b', aCase('b'));
    expect(page.result.current.found).toEqual(aCase('b'));
  });

  it('ignores the answer for a case left before it came', async () => {
    const page = await casePage('a');
    await page.rerender('b');
    await page.answer('a', aCase('a'));
    expect(page.result.current.found).toBeUndefined();
  });

  it('lets an update of the case before never land on the one now shown', async () => {
    const page = await casePage('a');
    await page.answer('a', aCase('a'));
    const setFoundOfA = page.result.current.setFound;
    await page.rerender('b');
    await page.answer('b', aCase('b'));
    await act(async () => setFoundOfA(aCase('a', 'Gearchiveerd')));
    expect(page.result.current.found).toEqual(aCase('b'));
    await act(async () => page.result.current.setFound(aCase('b', 'Nieuwe titel')));
    expect(page.result.current.found).toEqual(aCase('b', 'Nieuwe titel'));
  });

  it('reports a failed read', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => {});
    const page = await casePage('a');
    await act(async () => page.reads.get('a')!.reject(new Error('kapot')));
    expect(page.result.current.problem).toBe('unknown');
  });
});
