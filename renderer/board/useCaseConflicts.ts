import { useMemo } from 'react';
import { useService } from '../services/services';
import { boardModeKey, type CaseConflicts } from '../sync/boardMode';
import { useBoardState } from './useBoardState';
import { useWatched, type Watch } from './useWatched';

const none: CaseConflicts = { fields: [], removals: [] };

/** What two machines did to the case while apart that waits for someone to decide (board mode). */
export function useCaseConflicts(caseId: string): CaseConflicts {
  const board = useService(boardModeKey);
  const alone = useBoardState().mode === 'solo';
  const watch = useMemo<Watch<CaseConflicts> | null>(() => (alone ? null : (listener) => board.watchConflicts(caseId, listener)), [alone, board, caseId]);
  return useWatched(watch) ?? none;
}
