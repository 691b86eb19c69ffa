import { useEffect, useState } from 'react';
import { useService } from '../services/services';
import { boardModeKey } from '../sync/boardMode';
import { announceUser } from './presenceUser';
import { useBoardState } from './useBoardState';

/** Another person who has the same case open now. */
export interface PresentPerson {
  name: string;
  color: string;
}

/** What this app puts in the board's presence: who this is (also the cursors' label) and which case is open. */
interface PresenceState {
  user?: { name?: unknown; color?: unknown };
  caseId?: unknown;
}

/**
 * Who else has this case open now (board mode), and tells the others that
 * this person has. Each person once, however many windows they have open.
 */
export function useCasePresence(caseId: string): PresentPerson[] {
  const board = useService(boardModeKey);
  const state = useBoardState();
  const account = 'account' in state ? state.account : null;
  const awareness = state.mode === 'connected' ? board.presence() : null;
  const [others, setOthers] = useState<PresentPerson[]>([]);

  useEffect(() => {
    if (!awareness || !account) return;
    announceUser(awareness, account);
    awareness.setLocalStateField('caseId', caseId);
    const read = () => {
      const people = new Map<string, PresentPerson>();
      awareness.getStates().forEach((value, clientId) => {
        const present = value as PresenceState;
        if (clientId === awareness.clientID || present.caseId !== caseId) return;
        const { name, color } = present.user ?? {};
        if (typeof name === 'string' && name !== account.name && typeof color === 'string') people.set(name, { name, color });
      });
      setOthers([...people.values()].sort((a, b) => a.name.localeCompare(b.name, 'nl')));
    };
    read();
    awareness.on('change', read);
    return () => {
      awareness.off('change', read);
      if (awareness.getLocalState()?.caseId === caseId) awareness.setLocalStateField('caseId', null);
      setOthers([]);
    };
  }, [awareness, account, caseId]);

  return awareness && account ? others : [];
}
