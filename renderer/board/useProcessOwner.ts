import type { Account } from '@shared/accounts/accountSchema';
import type { BoardState } from '../sync/boardMode';
import { accountOf, useBoardStatePart } from './useBoardState';

const processOwnerOf = (state: BoardState): Account | null => {
  const account = accountOf(state);
  return account?.role === 'proceseigenaar' ? account : null;
};

/**
 * The account when this machine is signed in as a process owner, who answers
 * for one case and sees nothing else of the board's record. Only that part of
 * the state: the routes ask it, and would otherwise be drawn again, every
 * screen in them, at each change of the count of changes not yet shared.
 */
export function useProcessOwner(): Account | null {
  return useBoardStatePart(processOwnerOf);
}
