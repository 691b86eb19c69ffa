import { boardViewer, nobodyViewer, soloViewer, type SearchViewer } from '@shared/search/visibility';
import type { BoardMode } from '../sync/boardMode';
import type { BoardSession } from '../sync/boardSession';

/**
 * Who searches on this machine: in board mode the account signed in, as the
 * server last described it (a guest invited to another case finds it from
 * then on); board mode without a sign-in finds nothing until someone signs in.
 */
export function boardSearchViewer(mode: Pick<BoardMode, 'state' | 'excludedCases'>, session: Pick<BoardSession, 'account'>): () => SearchViewer {
  return () => {
    if (mode.state().mode === 'solo') return soloViewer;
    const account = session.account();
    return account === null ? nobodyViewer : boardViewer(account, [...mode.excludedCases()]);
  };
}
