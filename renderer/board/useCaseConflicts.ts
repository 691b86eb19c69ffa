import { useEffect, useState } from 'react';
import { useService } from '../services/services';
import { reportStorageError } from '../persistence/storageProblems';
import { boardModeKey, type CaseConflicts } from '../sync/boardMode';
import { useBoardState } from './useBoardState';

const none: CaseConflicts = { fields: [], removals: [] };

/** What two machines did to the case while apart that waits for someone to decide (board mode). */
export function useCaseConflicts(caseId: string): CaseConflicts {
  const board = useService(boardModeKey);
  const alone = useBoardState().mode === 'solo';
  const [held, setHeld] = useState<{ caseId: string; conflicts: CaseConflicts } | null>(null);
  useEffect(() => {
    if (alone) return;
    let current = true;
    let stop: (() => void) | null = null;
    board
      .watchConflicts(caseId, (conflicts) => current && setHeld({ caseId, conflicts }))
      .then((watching) => {
        if (current) stop = watching;
        else watching();
      })
      .catch(reportStorageError);
    return () => {
      current = false;
      stop?.();
    };
  }, [alone, board, caseId]);
  return !alone && held?.caseId === caseId ? held.conflicts : none;
}
