import { useSyncExternalStore } from 'react';
import type { Account } from '@shared/accounts/accountSchema';
import { boardModeKey, type BoardState } from '../sync/boardMode';
import { useService } from '../services/services';

export function useBoardState(): BoardState {
  const board = useService(boardModeKey);
  return useSyncExternalStore(board.subscribe, board.state);
}

/**
 * One part of the board's state (`part` answers a value or an object the
 * state holds, never a new one). A screen that needs only it is not drawn
 * again at each change of the rest: the count of changes not yet shared
 * moves with every burst of typing.
 */
export function useBoardStatePart<T>(part: (state: BoardState) => T): T {
  const board = useService(boardModeKey);
  return useSyncExternalStore(board.subscribe, () => part(board.state()));
}

/** Who this machine is signed in as on the board's server; null alone or signed out. */
export const accountOf = (state: BoardState): Account | null => ('account' in state ? state.account : null);
