import { act } from 'react';
import type { Account } from '@shared/accounts/accountSchema';
import type { BoardMode, BoardState } from '../../../../renderer/sync/boardMode';
import { renderHook, withServices } from '../persistence/reactHarness';

export const signedIn = (role: Account['role'], pending = 0): BoardState => ({
  mode: 'connected',
  url: 'wss://beraad.example',
  pending,
  account: { id: '1d6a0c5e-3b2f-4e8a-9c7d-5f4e3d2c1b0a', name: 'Anna', email: 'anna@gemeente.nl', role, active: true, personId: null, caseIds: [], activated: true },
});

/** Board mode as far as its state goes, changed by the test as the real service changes it: a new state object each time. */
export function drivenBoardState(initial: BoardState) {
  let state = initial;
  const listeners = new Set<() => void>();
  const service = {
    subscribe: (listener: () => void) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    state: () => state,
  };
  return {
    service: service as unknown as BoardMode,
    current: () => state,
    set: (next: BoardState) =>
      act(async () => {
        state = next;
        listeners.forEach((listener) => listener());
      }),
    /** The count of changes not yet shared moves, the rest kept, as with every burst of typing in board mode. */
    pend: (pending: number) =>
      act(async () => {
        if (state.mode !== 'solo') state = { ...state, pending };
        listeners.forEach((listener) => listener());
      }),
  };
}

/** Calls the hook in a component over this board mode, counting how often the component is drawn. */
export async function renderCounted<R>(hook: () => R, board: ReturnType<typeof drivenBoardState>) {
  let renders = 0;
  const rendered = await renderHook(
    () => {
      renders++;
      return hook();
    },
    null,
    withServices({ boardMode: board.service }),
  );
  return { result: rendered.result, renders: () => renders };
}
