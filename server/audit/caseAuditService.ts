import type { Hocuspocus } from '@hocuspocus/server';
import { boardRoles } from '@shared/accounts/accountRoles';
import { caseAuditLimit, type CaseAuditAnswer, type CaseAuditRequest } from '@shared/audit/caseAudit';
import { caseDocumentName } from '@shared/sync/protocol';
import type { AccountStore, StoredAccount } from '../accounts/accountStore';
import type { CommandResult } from '../extensions/commandEndpoint';
import { checkChain } from './auditChain';

/**
 * One case's part of the server's audit log, for the board's own roles: a
 * guest follows a case in the meeting, not its record. The chain is checked
 * over the whole log at every request, so what the app shows is never older
 * than the log itself.
 */
export function createCaseAuditService(store: AccountStore) {
  return {
    async read(_instance: Hocuspocus, account: StoredAccount, { caseId }: CaseAuditRequest): Promise<CommandResult<CaseAuditAnswer>> {
      if (!boardRoles.includes(account.role)) return { kind: 'forbidden' };
      const log = await store.auditEntries();
      const check = checkChain(log);
      const document = caseDocumentName(caseId);
      const entries = log
        .filter((entry) => entry.target === document || entry.target?.startsWith(`${document}/`))
        .slice(-caseAuditLimit)
        .reverse()
        .map(({ seq, at, accountName, action, outcome }) => ({ seq, at, accountName, action, outcome }));
      return {
        kind: 'answered',
        answer: { ok: true, chain: check.ok ? { intact: true, entries: check.entries } : { intact: false, brokenAt: check.brokenAt }, entries },
      };
    },
  };
}
