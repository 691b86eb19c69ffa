import { useEffect, useState } from 'react';
import { useBoardPresence, userNameOf, watchPresence } from './useBoardPresence';

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
  const presence = useBoardPresence();
  const [others, setOthers] = useState<PresentPerson[]>([]);

  useEffect(() => {
    if (!presence) return;
    const { awareness, account } = presence;
    awareness.setLocalStateField('caseId', caseId);
    const stop = watchPresence(awareness, () => {
      const people = new Map<string, PresentPerson>();
      awareness.getStates().forEach((value, clientId) => {
        const present = value as PresenceState;
        const name = userNameOf(present);
        const color = present.user?.color;
        if (clientId === awareness.clientID || present.caseId !== caseId || !name || name === account.name || typeof color !== 'string') return;
        people.set(name, { name, color });
      });
      setOthers([...people.values()].sort((a, b) => a.name.localeCompare(b.name, 'nl')));
    });
    return () => {
      stop();
      if (awareness.getLocalState()?.caseId === caseId) awareness.setLocalStateField('caseId', null);
      setOthers([]);
    };
  }, [presence, caseId]);

  return presence ? others : [];
}
