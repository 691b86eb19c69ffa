import type { AdviceVersion, ReviewInput, VersionStatus } from '@shared/advice/adviceSchema';
import type { DecisionRequest } from '@shared/advice/decisionRequest';
import { useActorName } from '../board/useActorName';
import { useBoardState } from '../board/useBoardState';
import { useService } from '../services/services';
import type { Outcome } from './adviceRepository';
import { adviceRepositoryKey } from './adviceRepositoryKey';
import { useServerDecision } from './useServerDecision';

/**
 * The board's decisions on a version: review, approval, status steps and
 * issue. Alone on this computer the repository decides; in board mode the
 * server does, as the signed-in account, and the result comes back through
 * the case's document like any other change.
 */
export function useDecisions() {
  const advice = useService(adviceRepositoryKey);
  const toServer = useServerDecision();
  const state = useBoardState();
  const actor = useActorName();
  // Also when board mode waits for a sign-in: a decision taken here alone would be undone by the server.
  const inBoardMode = state.mode !== 'solo';

  const onServer = (version: AdviceVersion, decision: DecisionRequest['decision']): Promise<Outcome<AdviceVersion>> =>
    toServer(
      version.caseId,
      (api, accessToken) => api.decide(accessToken, { caseId: version.caseId, versionId: version.id, decision }),
      (answer) => (answer.ok ? { ok: true, value: answer.version } : answer),
    );

  return {
    step: (version: AdviceVersion, to: VersionStatus): Promise<Outcome<AdviceVersion>> =>
      inBoardMode ? onServer(version, { kind: 'step', to }) : advice.step(version.id, to, actor),
    /** In board mode the review is always the signed-in person's own: the server takes the person from the account. */
    review: (version: AdviceVersion, input: ReviewInput): Promise<Outcome<AdviceVersion>> =>
      inBoardMode
        ? onServer(version, { kind: 'review', reviewKind: input.kind, comment: input.comment ?? '' })
        : advice.addReview(version.id, input, actor),
  };
}
