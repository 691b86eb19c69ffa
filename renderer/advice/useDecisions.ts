import { useCallback } from 'react';
import type { AdviceVersion, ReviewInput, VersionStatus } from '@shared/advice/adviceSchema';
import type { DecisionRequest } from '@shared/advice/decisionRequest';
import type { AdviceRefusal } from '@shared/advice/versionRules';
import { caseDocumentName } from '@shared/sync/protocol';
import { useActorName } from '../board/useActorName';
import { useBoardState } from '../board/useBoardState';
import { useService } from '../services/services';
import { boardModeKey } from '../sync/boardMode';
import { boardSessionKey } from '../sync/boardSession';
import { adviceRepositoryKey, type Outcome } from './adviceRepository';

/** How long a decision waits for this machine's last changes to reach the server before it says so. */
const shareWaitMs = 5_000;

/**
 * The board's decisions on a version: review, approval, status steps and
 * issue. Alone on this computer the repository decides; in board mode the
 * server does, as the signed-in account, and the result comes back through
 * the case's document like any other change.
 */
export function useDecisions() {
  const advice = useService(adviceRepositoryKey);
  const board = useService(boardModeKey);
  const session = useService(boardSessionKey);
  const state = useBoardState();
  const actor = useActorName();
  // Also when board mode waits for a sign-in: a decision taken here alone would be undone by the server.
  const inBoardMode = state.mode !== 'solo';

  const onServer = useCallback(
    async (version: AdviceVersion, decision: DecisionRequest['decision']): Promise<Outcome<AdviceVersion>> => {
      const refused = (reason: AdviceRefusal): Outcome<AdviceVersion> => ({ ok: false, reasons: [reason] });
      // The server decides on what it has: the text typed here last must be there first.
      if (!(await board.whenShared(caseDocumentName(version.caseId), shareWaitMs))) return refused('needs_server');
      const api = session.api();
      const accessToken = await session.accessToken();
      if (api === null || accessToken === null) return refused('needs_server');
      const answered = await api.decide(accessToken, { caseId: version.caseId, versionId: version.id, decision });
      if (!answered.ok) return refused(answered.problem === 'forbidden' ? 'not_allowed' : 'needs_server');
      return answered.value.ok ? { ok: true, value: answered.value.version } : { ok: false, reasons: answered.value.reasons as AdviceRefusal[] };
    },
    [board, session],
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
