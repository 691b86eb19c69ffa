import type { Advice, ConclusionInput, Publication } from '@shared/advice/adviceSchema';
import type { OutcomeRequest } from '@shared/advice/outcomeRequest';
import { useActorName } from '../../board/useActorName';
import { useBoardState } from '../../board/useBoardState';
import { useService } from '../../services/services';
import { adviceOutcomeRepositoryKey } from '../adviceOutcomeRepositoryKey';
import type { Outcome } from '../adviceRepository';
import { useServerDecision } from '../useServerDecision';

/**
 * The process owner's conclusion and the publication: what makes the public
 * record. Alone on this computer the repository records them; in board mode
 * the server does, as the signed-in account, by the same rule.
 */
export function useOutcomeDecisions(caseId: string) {
  const outcomes = useService(adviceOutcomeRepositoryKey);
  const toServer = useServerDecision();
  const actor = useActorName();
  // Also when board mode waits for a sign-in: recorded here alone, the server would undo it.
  const inBoardMode = useBoardState().mode !== 'solo';

  const onServer = (decision: OutcomeRequest['decision']): Promise<Outcome<Advice>> =>
    toServer(
      caseId,
      (api, accessToken) => api.recordOutcome(accessToken, { caseId, decision }),
      (answer) => (answer.ok ? { ok: true, value: answer.advice } : answer),
    );

  return {
    recordConclusion: (conclusion: ConclusionInput): Promise<Outcome<Advice>> =>
      inBoardMode ? onServer({ kind: 'conclusion', conclusion }) : outcomes.recordConclusion(caseId, conclusion, actor),
    savePublication: (publication: Publication): Promise<Outcome<Advice>> =>
      inBoardMode ? onServer({ kind: 'publication', publication }) : outcomes.savePublication(caseId, publication, actor),
  };
}
