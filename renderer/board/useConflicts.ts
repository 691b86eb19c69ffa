import { useMemo } from 'react';
import { useService } from '../services/services';
import { boardModeKey, type DocumentConflicts } from '../sync/boardMode';
import { useBoardState } from './useBoardState';
import { useWatched, type Watch } from './useWatched';

const none: DocumentConflicts = { fields: [], removals: [] };

/** What two machines did to a document (a case's, or the board's) while apart that waits for someone to decide (board mode). */
export function useConflicts(document: string): DocumentConflicts {
  const board = useService(boardModeKey);
  const alone = useBoardState().mode === 'solo';
  const watch = useMemo<Watch<DocumentConflicts> | null>(() => (alone ? null : (listener) => board.watchConflicts(document, listener)), [alone, board, document]);
  return useWatched(watch) ?? none;
}
