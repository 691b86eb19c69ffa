import { useEffect, useState } from 'react';
import type { CaseBoard } from '@shared/people/boardSchema';
import { useServices } from '../app/services';
import type { SaveStatus } from '../persistence/debouncedSaver';
import { reportStorageError } from '../persistence/storageProblems';
import { useAutosave } from '../persistence/useAutosave';

export type EditableBoard = Omit<CaseBoard, 'updatedAt'>;

/**
 * One case's board, saved on every change. The change is written at once
 * rather than after the typing pause, and through the autosaver so writes stay
 * in order, a failed one is retried and reported, and quit waits for it.
 */
export function useCaseBoard(caseId: string): { board: EditableBoard | null; status: SaveStatus; save(next: EditableBoard): Promise<void> } {
  const { people } = useServices();
  const [board, setBoard] = useState<EditableBoard | null>(null);
  const { saver, status } = useAutosave<EditableBoard>((value) => people.saveBoard(value).then(() => undefined));

  useEffect(() => {
    let current = true;
    people.board(caseId).then(({ updatedAt: _stamp, ...loaded }) => current && setBoard(loaded), reportStorageError);
    return () => {
      current = false;
    };
  }, [people, caseId]);

  const save = async (next: EditableBoard) => {
    setBoard(next);
    saver.schedule(next);
    await saver.flush();
  };

  return { board, status, save };
}
