// @vitest-environment jsdom
import { act, type ReactNode } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { CaseBoard } from '@shared/people/boardSchema';
import { defaultSettings } from '@shared/settings/defaultSettings';
import type { PeopleRepository } from '../../../../renderer/people/peopleRepository';
import { useCaseBoard, type EditableBoard } from '../../../../renderer/people/useCaseBoard';
import { dismissStorageProblem } from '../../../../renderer/persistence/storageProblems';
import { SettingsProvider } from '../../../../renderer/settings/settingsContext';
import { deferred, renderHook, settle, soloBoardMode, withServices, type Deferred } from '../persistence/reactHarness';

const stored = (caseId: string): CaseBoard => ({ caseId, members: [], conflicts: [], note: '', updatedAt: '2026-01-05T09:00:00.000Z' });
const member = (personId: string) => ({ personId, role: 'lid' as const });
const adding = (personId: string) => (board: EditableBoard) => ({ ...board, members: [...board.members, member(personId)] });

/** The hook for a case the test can switch, with every read of a board answered by hand. */
async function boardOf(caseId: string) {
  const reads: Deferred<CaseBoard>[] = [];
  const board = vi.fn(() => {
    reads.push(deferred());
    return reads.at(-1)!.promise;
  });
  const saveBoard = vi.fn(async (value: EditableBoard) => ({ ...value, updatedAt: '2026-01-05T10:00:00.000Z' }));
  const people = { board, saveBoard } as unknown as PeopleRepository;
  const wrap = (children: ReactNode) =>
    withServices({ people, settings: {}, boardMode: soloBoardMode() })(<SettingsProvider initial={{ ...defaultSettings, userName: 'Sanne Secretaris' }}>{children}</SettingsProvider>);
  const rendered = await renderHook((id: string) => useCaseBoard(id), caseId, wrap);
  return { ...rendered, saveBoard, answer: (read: number, value: CaseBoard) => act(async () => reads[read]!.resolve(value)), reads };
}

afterEach(() => {
  dismissStorageProblem();
  vi.restoreAllMocks();
});

describe('useCaseBoard', () => {
  it('builds every change on the one before it and saves the result', async () => {
    const hook = await boardOf('a');
    await hook.answer(0, stored('a'));
    await act(async () => {
      void hook.result.current.change(adding('p1'));
      void hook.result.current.change(adding('p2'));
    });
    await settle();
    expect(hook.result.current.board?.members).toEqual([member('p1'), member('p2')]);
    expect(hook.saveBoard).toHaveBeenLastCalledWith({ caseId: 'a', members: [member('p1'), member('p2')], conflicts: [], note: '' }, 'Sanne Secretaris');
  });

  it('changes nothing before the board has been read', async () => {
    const hook = await boardOf('a');
    await act(() => hook.result.current.change(adding('p1')));
    expect(hook.result.current.board).toBeNull();
    expect(hook.saveBoard).not.toHaveBeenCalled();
  });

  it('says when the board could not be read, changes nothing, and reads again on request', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => {});
    const hook = await boardOf('a');
    await act(async () => hook.reads[0]!.reject(new Error('kapot')));
    expect(hook.result.current).toMatchObject({ board: null, failed: true });
    await act(() => hook.result.current.change(adding('p1')));
    expect(hook.saveBoard).not.toHaveBeenCalled();
    act(() => void hook.result.current.reload());
    await hook.answer(1, stored('a'));
    expect(hook.result.current).toMatchObject({ board: { caseId: 'a', members: [] }, failed: false });
  });

  it('never carries a change of one case over to the next', async () => {
    const hook = await boardOf('a');
    await hook.answer(0, stored('a'));
    await act(() => hook.result.current.change(adding('p1')));
    await hook.rerender('b');
    expect(hook.result.current.board).toBeNull();
    await hook.answer(1, stored('b'));
    await act(() => hook.result.current.change(adding('p2')));
    expect(hook.saveBoard).toHaveBeenLastCalledWith({ caseId: 'b', members: [member('p2')], conflicts: [], note: '' }, 'Sanne Secretaris');
  });
});
