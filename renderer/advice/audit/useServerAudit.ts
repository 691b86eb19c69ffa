import { useEffect, useState } from 'react';
import type { CaseAuditAnswer } from '@shared/audit/caseAudit';
import { useBoardState } from '../../board/useBoardState';
import { useService } from '../../services/services';
import { boardSessionKey } from '../../sync/boardSession';

const afterChangeMs = 1_000;
/** Decisions on the case taken elsewhere without a change in its document (refusals) show within this. */
const refreshMs = 30_000;

export type ServerAudit = { kind: 'none' } | { kind: 'loading' } | { kind: 'failed' } | ({ kind: 'loaded' } & CaseAuditAnswer);

/**
 * The server's log for one case while connected to the board's server; read
 * again whenever `changes` moves (the case's own trail grew), so a decision
 * taken here or elsewhere shows in both, and every half minute.
 */
export function useServerAudit(caseId: string, changes: number): ServerAudit {
  const session = useService(boardSessionKey);
  const connected = useBoardState().mode === 'connected';
  const [read, setRead] = useState<{ caseId: string; audit: ServerAudit } | null>(null);

  useEffect(() => {
    if (!connected) return;
    let current = true;
    const readNow = async () => {
      const api = session.api();
      const accessToken = await session.accessToken();
      const answered = api === null || accessToken === null ? null : await api.caseAudit(accessToken, { caseId });
      if (current) setRead({ caseId, audit: answered?.ok ? { kind: 'loaded', ...answered.value } : { kind: 'failed' } });
    };
    // A decision reaches the case's document a moment before the server has logged it: read a little after a change.
    const first = setTimeout(() => void readNow(), afterChangeMs);
    const again = setInterval(() => void readNow(), refreshMs);
    return () => {
      current = false;
      clearTimeout(first);
      clearInterval(again);
    };
  }, [session, connected, caseId, changes]);

  if (!connected) return { kind: 'none' };
  // While it is read again after a change, the last answer stays on screen.
  return read?.caseId === caseId ? read.audit : { kind: 'loading' };
}
