import { useCallback } from 'react';
import type { Advice, ConclusionInput } from '@shared/advice/adviceSchema';
import type { OwnerCase } from '@shared/advice/ownerCase';
import type { AdviceRefusal } from '@shared/advice/versionRules';
import { useService } from '../../services/services';
import { useLoaded } from '../../persistence/useLoaded';
import type { AccountProblem, AccountResult } from '../../sync/accountApi';
import { boardSessionKey } from '../../sync/boardSession';
import { boardModeKey } from '../../sync/boardMode';
import type { Outcome } from '../adviceRepository';

export type OwnerCaseState = { kind: 'loading' } | { kind: 'loaded'; ownerCase: OwnerCase } | { kind: 'problem'; problem: AccountProblem };

/**
 * A process owner's one case, asked of the board's server each time the page
 * opens (their machine keeps no document of it), and their conclusion sent
 * to the server, which records it as them.
 */
export function useOwnerCase(caseId: string) {
  const session = useService(boardSessionKey);
  const board = useService(boardModeKey);
  // Each answer, or none, also tells the header whether the server is there: this machine has no other line to it.
  const heard = useCallback(
    <T,>(result: AccountResult<T>): AccountResult<T> => {
      board.reached(result.ok || result.problem !== 'unreachable');
      return result;
    },
    [board],
  );
  const { value, reload } = useLoaded(
    useCallback(async (): Promise<AccountResult<OwnerCase>> => {
      const api = session.api();
      const accessToken = await session.accessToken();
      if (api === null || accessToken === null) return { ok: false, problem: 'unauthenticated' };
      return heard(await api.ownerCase(accessToken, caseId));
    }, [session, caseId, heard]),
  );
  const state: OwnerCaseState = value === null ? { kind: 'loading' } : value.ok ? { kind: 'loaded', ownerCase: value.value } : { kind: 'problem', problem: value.problem };

  const recordConclusion = useCallback(
    async (conclusion: ConclusionInput): Promise<Outcome<Advice>> => {
      const refused = (reason: AdviceRefusal): Outcome<Advice> => ({ ok: false, reasons: [reason] });
      const api = session.api();
      const accessToken = await session.accessToken();
      if (api === null || accessToken === null) return refused('needs_server');
      const answered = heard(await api.recordOutcome(accessToken, { caseId, decision: { kind: 'conclusion', conclusion } }));
      if (!answered.ok) return refused(answered.problem === 'forbidden' ? 'not_allowed' : 'needs_server');
      return answered.value.ok ? { ok: true, value: answered.value.advice } : { ok: false, reasons: answered.value.reasons as AdviceRefusal[] };
    },
    [session, caseId, heard],
  );

  return { state, reload, recordConclusion };
}
