import { useSyncExternalStore } from 'react';
import { boardModeKey } from '../sync/boardMode';
import { useService } from '../services/services';

/** Whether the board's server lets this account change the case, only read it, or no longer gives it at all. Alone on this computer: always change. */
export function useCaseAccess(caseId: string): 'write' | 'read' | 'none' {
  const board = useService(boardModeKey);
  const readOnly = useSyncExternalStore(board.subscribe, board.readOnlyCases);
  const excluded = useSyncExternalStore(board.subscribe, board.excludedCases);
  if (excluded.has(caseId)) return 'none';
  return readOnly.has(caseId) ? 'read' : 'write';
}
