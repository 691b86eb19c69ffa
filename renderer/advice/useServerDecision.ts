import { useCallback } from 'react';
import type { AdviceRefusal } from '@shared/advice/versionRules';
import { caseDocumentName } from '@shared/sync/protocol';
import { useService } from '../services/services';
import type { AccountApi, AccountResult } from '../sync/accountApi';
import { boardModeKey } from '../sync/boardMode';
import { boardSessionKey } from '../sync/boardSession';
import type { Outcome } from './adviceRepository';

/** How long a decision waits for this machine's last changes to reach the server before it says so. */
const shareWaitMs = 5_000;

type RulesAnswer<T> = { ok: true; value: T } | { ok: false; reasons: string[] };

/**
 * Sends a decision on a case to the board's server, which takes it as the
 * signed-in account; the result comes back through the case's document like
 * any other change. The server decides on what it has, so the text typed here
 * last must be there first.
 */
export function useServerDecision() {
  const board = useService(boardModeKey);
  const session = useService(boardSessionKey);
  return useCallback(
    async <A, T>(
      caseId: string,
      send: (api: AccountApi, accessToken: string) => Promise<AccountResult<A>>,
      read: (answer: A) => RulesAnswer<T>,
    ): Promise<Outcome<T>> => {
      const refused = (reason: AdviceRefusal): Outcome<T> => ({ ok: false, reasons: [reason] });
      if (!(await board.whenShared(caseDocumentName(caseId), shareWaitMs))) return refused('needs_server');
      const api = session.api();
      const accessToken = await session.accessToken();
      if (api === null || accessToken === null) return refused('needs_server');
      const answered = await send(api, accessToken);
      if (!answered.ok) return refused(answered.problem === 'forbidden' ? 'not_allowed' : 'needs_server');
      const answer = read(answered.value);
      return answer.ok ? answer : { ok: false, reasons: answer.reasons as AdviceRefusal[] };
    },
    [board, session],
  );
}
