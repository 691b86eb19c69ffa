import { useBoardState } from './useBoardState';

/** Whether this machine is signed in as a project lead, who fills in screenings and sees nothing of the board's record. */
export function useProjectLead(): boolean {
  const state = useBoardState();
  return 'account' in state && state.account.role === 'projectleider';
}
