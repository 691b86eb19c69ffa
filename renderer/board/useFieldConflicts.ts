import { useEffect, useState } from 'react';
import type { FieldConflict } from '@shared/sync/fieldConflicts';
import { useService } from '../services/services';
import { reportStorageError } from '../persistence/storageProblems';
import { boardModeKey } from '../sync/boardMode';
import { useBoardState } from './useBoardState';

/** The case's values that lost to a write made elsewhere at the same time and wait for someone to decide (board mode). */
export function useFieldConflicts(caseId: string): FieldConflict[] {
  const board = useService(boardModeKey);
  const alone = useBoardState().mode === 'solo';
  const [held, setHeld] = useState<{ caseId: string; conflicts: FieldConflict[] } | null>(null);
  useEffect(() => {
    if (alone) return;
    let current = true;
    let stop: (() => void) | null = null;
    board
      .watchFieldConflicts(caseId, (conflicts) => current && setHeld({ caseId, conflicts }))
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
  return !alone && held?.caseId === caseId ? held.conflicts : [];
}
