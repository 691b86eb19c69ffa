import type { ConflictDeclaration } from '../people/boardSchema';
import { exclusionOf } from '../people/boardRules';
import { defaultConflictPolicy, type ConflictPolicy } from '../people/conflictPolicy';
import type { DocumentRef } from '../sync/protocol';
import { boardRoles, documentlessRoles } from './accountRoles';
import type { Account } from './accountSchema';

/** What a person may do with one shared document: change it, only read it, or not receive it at all. */
export type DocumentAccess = 'write' | 'read' | 'none';

/**
 * The one rule for who receives which document, used by the server before it
 * sends a byte and by the app to say why something is read-only.
 * `conflicts` are those declared on the case (its caseBoards record);
 * `policy` is the board's setting for a member who does not take part.
 */
export function documentAccess(
  account: Readonly<Pick<Account, 'role' | 'active' | 'personId'>> & { readonly caseIds: readonly string[] },
  document: DocumentRef,
  conflicts: readonly ConflictDeclaration[],
  policy: ConflictPolicy = defaultConflictPolicy,
): DocumentAccess {
  if (!account.active) return 'none';
  // A project lead and a process owner are no part of the board: what they do travels through the server's commands, never a document.
  if (documentlessRoles.includes(account.role)) return 'none';
  const boardRole = boardRoles.includes(account.role);
  if (document.kind === 'board') return boardRole ? 'write' : 'none';
  // A guest contributes in the meeting, not in the record: they read the cases they were invited to.
  if (!boardRole) return account.caseIds.includes(document.caseId) ? 'read' : 'none';
  // A member who does not take part because of a conflict of interest follows the case without changing it, or, as the board chose, does not receive it.
  if (account.personId !== null && exclusionOf(account.personId, conflicts)) return policy === 'excluded' ? 'none' : 'read';
  return 'write';
}

/**
 * The one case a process owner answers for. They never receive its document
 * (it holds the notes, the deliberation and the drafts): the server reads its
 * issued advice for them and records their conclusion on it.
 */
export function ownsCase(account: Readonly<Pick<Account, 'role' | 'active'>> & { readonly caseIds: readonly string[] }, caseId: string): boolean {
  return account.active && account.role === 'proceseigenaar' && account.caseIds.length === 1 && account.caseIds[0] === caseId;
}
