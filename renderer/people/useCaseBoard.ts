import { useCallback, useEffect, useRef, useState } from 'react';
import type { CaseBoard } from '@shared/people/boardSchema';
import { useService } from '../services/services';
import { peopleRepositoryKey } from './peopleRepositoryKey';
import type { SaveStatus } from '../persistence/debouncedSaver';
import { useAutosave } from '../persistence/useAutosave';
import { useLoaded } from '../persistence/useLoaded';
import { useActorName } from '../board/useActorName';
import { useRemoteVersion } from '../sync/useRemoteVersion';

export type EditableBoard = Omit<CaseBoard, 'updatedAt'>;

interface CaseBoardState {
  /** null while loading, or when the read failed (`failed`); nothing can be changed then. */
  board: EditableBoard | null;
  failed: boolean;
  reload(): Promise<void>;
  status: SaveStatus;
  /** Applies `edit` to the newest board, also one not drawn yet, so quick changes build on each other. */
  change(edit: (board: EditableBoard) => EditableBoard): Promise<void>;
}

/**
 * One case's board, saved on every change. The change is written at once
 * rather than after the typing pause, and through the autosaver so writes stay
 * in order, a failed one is retried and reported, and quit waits for it.
 */
export function useCaseBoard(caseId: string): CaseBoardState {
  const people = useService(peopleRepositoryKey);
  const actor = useActorName();
  const { value: loaded, failed, reload } = useLoaded(
    useCallback(() => people.board(caseId).then(({ updatedAt: _stamp, ...board }): EditableBoard => board), [people, caseId]),
  );
  const [edited, setEdited] = useState<EditableBoard | null>(null);
  // The board as of the last change, read by the next one: state would still hold the one before until React draws.
  const newest = useRef<EditableBoard | null>(null);
  // Who made a change travels with it: the audit entry of a declaration names the person changing it then.
  const { saver, status } = useAutosave<{ board: EditableBoard; by: string }>(({ board, by }) => people.saveBoard(board, by).then(() => undefined));

  const ofThisCase = (board: EditableBoard | null) => (board?.caseId === caseId ? board : null);

  // Another member's change, or a conflict settled, reached the board: shown once nothing changed here is still on its way.
  const saved = useRef(status === 'saved');
  useEffect(() => {
    saved.current = status === 'saved';
  }, [status]);
  const remoteVersion = useRemoteVersion('caseBoards');
  useEffect(() => {
    if (remoteVersion === 0) return;
    void reload().then(() => {
      if (!saved.current) return;
      newest.current = null;
      setEdited(null);
    });
  }, [remoteVersion, reload]);

  const change = async (edit: (board: EditableBoard) => EditableBoard) => {
    const base = ofThisCase(newest.current) ?? loaded;
    if (!base) return;
    const next = edit(base);
    newest.current = next;
    setEdited(next);
    saver.schedule({ board: next, by: actor });
    await saver.flush();
  };

  return { board: ofThisCase(edited) ?? loaded, failed, reload, status, change };
}
