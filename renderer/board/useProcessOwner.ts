import type { Account } from '@shared/accounts/accountSchema';
import { useBoardState } from './useBoardState';

/** The account when this machine is signed in as a process owner, who answers for one case and sees nothing else of the board's record. */
export function useProcessOwner(): Account | null {
  const state = useBoardState();
  return 'account' in state && state.account.role === 'proceseigenaar' ? state.account : null;
}
