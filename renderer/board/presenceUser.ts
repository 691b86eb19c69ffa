import type { Account } from '@shared/accounts/accountSchema';
import type { Awareness } from 'y-protocols/awareness';
import { caretColor } from './caretColor';

/** Says who this is in the board's presence: the name and colour the others see on cursors and in presence lines. */
export function announceUser(awareness: Awareness, account: Account): void {
  awareness.setLocalStateField('user', { name: account.name, color: caretColor(account.id) });
}

/** The name another machine's presence carries, if it carries one. */
export function userNameOf(state: { user?: { name?: unknown } }): string | null {
  return typeof state.user?.name === 'string' ? state.user.name : null;
}
