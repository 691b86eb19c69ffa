import { useEffect, useState } from 'react';
import { useBoardPresence, userNameOf, watchPresence } from './useBoardPresence';

/** Someone who shares the agenda item they are at in this meeting. */
export interface MeetingLeader {
  name: string;
  agendaItemId: string;
}

interface LeadState {
  user?: { name?: unknown };
  meetingLead?: { meetingId?: unknown; agendaItemId?: unknown } | null;
}

/**
 * Sharing the current agenda item in meeting mode (board mode): the chair
 * leads, and members who choose to follow go where the chair goes. Carried by
 * the board's presence, so nothing of it is stored. Null while not connected.
 */
export function useMeetingLead(meetingId: string, agendaItemId: string) {
  const presence = useBoardPresence();
  const awareness = presence?.awareness ?? null;
  const [leading, setLeading] = useState(false);
  const [leaders, setLeaders] = useState<MeetingLeader[]>([]);

  useEffect(() => {
    awareness?.setLocalStateField('meetingLead', leading ? { meetingId, agendaItemId } : null);
  }, [awareness, leading, meetingId, agendaItemId]);

  useEffect(() => {
    if (!awareness) return;
    const stop = watchPresence(awareness, () => {
      const found: MeetingLeader[] = [];
      awareness.getStates().forEach((value, clientId) => {
        const { meetingLead } = value as LeadState;
        const name = userNameOf(value as LeadState);
        if (clientId === awareness.clientID || !name || meetingLead?.meetingId !== meetingId || typeof meetingLead.agendaItemId !== 'string') return;
        found.push({ name, agendaItemId: meetingLead.agendaItemId });
      });
      setLeaders(found.sort((a, b) => a.name.localeCompare(b.name, 'nl')));
    });
    return () => {
      stop();
      // Leaving meeting mode ends the lead: nobody follows a chair who went elsewhere.
      awareness.setLocalStateField('meetingLead', null);
      setLeaders([]);
    };
  }, [awareness, meetingId]);

  return presence ? { leading, setLeading, leaders } : null;
}
