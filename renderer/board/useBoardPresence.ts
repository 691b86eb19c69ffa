import { useEffect, useMemo } from 'react';
import type { Account } from '@shared/accounts/accountSchema';
import type { Awareness } from 'y-protocols/awareness';
import { useService } from '../services/services';
import { boardModeKey } from '../sync/boardMode';
import { caretColor } from './caretColor';
import { accountOf, useBoardStatePart } from './useBoardState';

/**
 * The board's presence while connected, with this person announced in it by
 * the name and colour the others see on cursors and in presence lines; null
 * otherwise.
 */
export function useBoardPresence(): { awareness: Awareness; account: Account } | null {
  const board = useService(boardModeKey);
  const account = useBoardStatePart(accountOf);
  const awareness = useBoardStatePart((state) => (state.mode === 'connected' ? board.presence() : null));
  useEffect(() => {
    if (awareness && account) awareness.setLocalStateField('user', { name: account.name, color: caretColor(account.id) });
  }, [awareness, account]);
  // One object while the two stay the same: screens depend on it in their effects.
  return useMemo(() => (awareness && account ? { awareness, account } : null), [awareness, account]);
}

/** Calls `read` now and on every change of the others' presence, until the returned stop. */
export function watchPresence(awareness: Awareness, read: () => void): () => void {
  read();
  awareness.on('change', read);
  return () => awareness.off('change', read);
}

/** The name another machine's presence carries, if it carries one. */
export function userNameOf(state: { user?: { name?: unknown } }): string | null {
  return typeof state.user?.name === 'string' ? state.user.name : null;
}
