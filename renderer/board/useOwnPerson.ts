import { useBoardState } from './useBoardState';

/**
 * Whose review or approval this machine may record. Alone on this computer
 * the secretary records for any member (the board meets around one laptop);
 * in board mode only for the person the signed-in account is, so nobody
 * approves in another member's name. null: signed in, but the account is
 * tied to nobody in the register.
 */
export type OwnPerson = { mode: 'anyone' } | { mode: 'self'; personId: string | null };

export function useOwnPerson(): OwnPerson {
  const state = useBoardState();
  return 'account' in state ? { mode: 'self', personId: state.account.personId } : { mode: 'anyone' };
}
