import type { Advice } from '@shared/advice/adviceSchema';
import { ConclusionPanel } from './ConclusionPanel';
import { FactCheckPanel } from './FactCheckPanel';
import { FollowUpPanel } from './FollowUpPanel';
import { PublicationPanel } from './PublicationPanel';
import { useOutcomeData } from './useOutcomeData';
import './outcome.css';
import { localToday } from '../../db/clock';


/**
 * What came of the advice: the fact check before issue, then the process
 * owner's conclusion, the follow-up with the alderman and the publication.
 * Each panel saves on its own; `onChanged` lets the page read the advice again.
 */
export function AdviceOutcomePanels({ caseId, onChanged }: { caseId: string; onChanged(): void }) {
  const { data, setAdvice } = useOutcomeData(caseId);
  if (!data) return null;
  const saved = (advice: Advice) => {
    setAdvice(advice);
    onChanged();
  };
  const props = { advice: data.advice, today: localToday(), onSaved: saved };
  return (
    <div className="advice-outcome">
      <FactCheckPanel {...props} />
      <ConclusionPanel {...props} />
      <FollowUpPanel {...props} />
      <PublicationPanel data={data} today={props.today} onSaved={saved} />
    </div>
  );
}
