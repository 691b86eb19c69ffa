import { useSettings } from '../settings/settingsContext';
import { useBoardState } from './useBoardState';

/**
 * The name that goes into the audit trail for what this person records. In
 * board mode it is the signed-in account's, which nobody can type over; alone
 * on this computer it is the name set in Settings.
 */
export function useActorName(): string {
  const state = useBoardState();
  const { userName } = useSettings().settings;
  return 'account' in state ? state.account.name : userName;
}
