import type { BoardState } from '../sync/boardMode';
import { accountOf, useBoardStatePart } from './useBoardState';

const isProjectLead = (state: BoardState): boolean => accountOf(state)?.role === 'projectleider';

/** Whether this machine is signed in as a project lead, who fills in screenings and sees nothing of the board's record. Only that part of the state, as useProcessOwner. */
export function useProjectLead(): boolean {
  return useBoardStatePart(isProjectLead);
}
