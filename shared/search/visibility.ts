import { boardRoles } from '../accounts/accountRoles';
import type { Account } from '../accounts/accountSchema';
import type { SearchDocument } from './searchDocument';

/**
 * Who is searching. In solo mode the one user sees the whole record. In board
 * mode it is the signed-in account: its role and, for a guest, the cases it
 * was invited to.
 */
export type SearchViewer =
  | { kind: 'solo' }
  | { kind: 'board'; role: Account['role']; active: boolean; caseIds: readonly string[]; excludedCaseIds: readonly string[] };

export const soloViewer: SearchViewer = { kind: 'solo' };

/** Board mode while nobody is signed in: the record on this machine is not searched for someone the server has not named. */
export const nobodyViewer: SearchViewer = { kind: 'board', role: 'gast', active: false, caseIds: [], excludedCaseIds: [] };

/** `excludedCaseIds`: cases the server no longer gives this account (the board excludes a member with a conflict of interest, an invitation withdrawn). */
export function boardViewer(account: Pick<Account, 'role' | 'active'> & { readonly caseIds: readonly string[] }, excludedCaseIds: readonly string[] = []): SearchViewer {
  return { kind: 'board', role: account.role, active: account.active, caseIds: account.caseIds, excludedCaseIds };
}

/**
 * The one place that decides whether a document may be found: hidden ones are
 * not counted either. It follows documentAccess: who receives a case finds
 * it, so a member kept out of a case by a conflict of interest finds it while
 * the board lets them read it, and not once the board excludes them (what
 * this machine still holds of it stays unfound). What is kept from publication is for the board's own
 * roles; a guest (a resident on call, an advisor) reads the case for the
 * meeting, not what the board withholds. The board's document (meetings,
 * people) goes to the board's roles only, so its documents (no case) do too.
 */
export function isVisible(document: Pick<SearchDocument, 'caseId' | 'confidential'>, viewer: SearchViewer): boolean {
  switch (viewer.kind) {
    case 'solo':
      return true;
    case 'board':
      if (!viewer.active) return false;
      if (document.caseId !== null && viewer.excludedCaseIds.includes(document.caseId)) return false;
      if (boardRoles.includes(viewer.role)) return true;
      return !document.confidential && document.caseId !== null && viewer.caseIds.includes(document.caseId);
  }
}
