import { useEffect, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Checkbox } from '@utrecht/component-library-react';
import { useMeetingLead } from './useMeetingLead';
import './board.css';

interface Props {
  meetingId: string;
  agendaItemId: string;
  /** Goes to the agenda item the followed person is at. */
  onFollow(agendaItemId: string): void;
}

/** In meeting mode (board mode): share this agenda item with the others, or follow someone who shares theirs. */
export function MeetingFollow({ meetingId, agendaItemId, onFollow }: Props) {
  const { t } = useTranslation();
  const lead = useMeetingLead(meetingId, agendaItemId);
  const [following, setFollowing] = useState<string | null>(null);
  const leadId = useId();
  const leader = lead?.leaders.find((candidate) => candidate.name === following);
  const target = leader?.agendaItemId;

  useEffect(() => {
    if (target && target !== agendaItemId) onFollow(target);
  }, [target, agendaItemId, onFollow]);

  if (!lead) return null;
  return (
    <div className="meeting-follow" data-meeting-follow="">
      <div className="meeting-follow__choice">
        <Checkbox id={leadId} checked={lead.leading} onChange={(event) => lead.setLeading(event.target.checked)} />
        <label htmlFor={leadId}>{t('board.follow.lead')}</label>
      </div>
      {lead.leaders.map((candidate, index) => (
        <div className="meeting-follow__choice" key={candidate.name}>
          <Checkbox
            id={`${leadId}-${index}`}
            checked={following === candidate.name}
            onChange={(event) => setFollowing(event.target.checked ? candidate.name : null)}
          />
          <label htmlFor={`${leadId}-${index}`}>{t('board.follow.follow', { name: candidate.name })}</label>
        </div>
      ))}
    </div>
  );
}
