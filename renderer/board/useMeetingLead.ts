import { useEffect, useState } from 'react';
import { useService } from '../services/services';
import { boardModeKey } from '../sync/boardMode';
import { announceUser, userNameOf } from './presenceUser';
import { useBoardState } from './useBoardState';

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
  const board = useService(boardModeKey);
  const state = useBoardState();
  const account = 'account' in state ? state.account : null;
  const awareness = state.mode === 'connected' ? board.presence() : null;
  const [leading, setLeading] = useState(false);
  const [leaders, setLeaders] = useState<MeetingLeader[]>([]);

  useEffect(() => {
    if (!awareness || !account) return;
    announceUser(awareness, account);
    awareness.setLocalStateField('meetingLead', leading ? { meetingId, agendaItemId } : null);
  }, [awareness, account, leading, meetingId, agendaItemId]);

  useEffect(() => {
    if (!awareness) return;
    const read = () => {
      const found: MeetingLeader[] = [];
      awareness.getStates().forEach((value, clientId) => {
        const { meetingLead } = value as LeadState;
        const name = userNameOf(value as LeadState);
        if (clientId === awareness.clientID || !name || meetingLead?.meetingId !== meetingId || typeof meetingLead.agendaItemId !== 'string') return;
        found.push({ name, agendaItemId: meetingLead.agendaItemId });
      });
      setLeaders(found.sort((a, b) => a.name.localeCompare(b.name, 'nl')));
    };
    read();
    awareness.on('change', read);
    return () => {
      awareness.off('change', read);
      // Leaving meeting mode ends the lead: nobody follows a chair who went elsewhere.
      awareness.setLocalStateField('meetingLead', null);
      setLeaders([]);
    };
  }, [awareness, meetingId]);

  return awareness && account ? { leading, setLeading, leaders } : null;
}
