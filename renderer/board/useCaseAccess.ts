import { useSyncExternalStore } from 'react';
import { boardModeKey } from '../sync/boardMode';
import { useService } from '../services/services';

/** Whether the board's server lets this account change the case, or only read it. Alone on this computer: always change. */
export function useCaseAccess(caseId: string): 'write' | 'read' {
  const board = useService(boardModeKey);
  const readOnly = useSyncExternalStore(board.subscribe, board.readOnlyCases);
  return readOnly.has(caseId) ? 'read' : 'write';
}
