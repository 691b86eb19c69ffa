import { useSyncExternalStore } from 'react';
import { boardModeKey, type BoardState } from '../sync/boardMode';
import { useService } from '../services/services';

export function useBoardState(): BoardState {
  const board = useService(boardModeKey);
  return useSyncExternalStore(board.subscribe, board.state);
}
