import type { Extension, Hocuspocus } from '@hocuspocus/server';
import * as Y from 'yjs';
import { documentAccess } from '@shared/accounts/documentAccess';
import { type ConflictPolicy, defaultConflictPolicy } from '@shared/people/conflictPolicy';
import { readConflictPolicy } from '@shared/sync/boardSettings';
import { documentSnapshotPath, encodeSnapshot, type DocumentState } from '@shared/sync/documentSnapshot';
import { boardDocumentName, parseDocumentName } from '@shared/sync/protocol';
import type { AccountService } from '../accounts/accountService';
import type { StoredAccount } from '../accounts/accountStore';
import { conflictsIn } from './documentAuthorization';
import { authenticatedEndpoint } from './authenticatedEndpoint';
import { corsHeaders } from './jsonHttp';

/**
 * `GET /beraad/documents`: every document the bearer's account may receive,
 * in one binary answer (`shared/sync/documentSnapshot.ts`), under the same rule
 * as the socket (`documentAccess`): a guest gets the cases they were invited
 * to and nothing else, not even that others exist. A document open on this
 * instance is sent as it is in memory, which is newer than what is stored;
 * what changes after the answer reaches the app through the socket.
 */
export function snapshotEndpoint(accounts: AccountService, readAllStored: () => Promise<DocumentState[]>): Extension {
  return authenticatedEndpoint('snapshotEndpoint', accounts, (path) => path === documentSnapshotPath, 'GET', async ({ response, instance, account }) => {
    const body = encodeSnapshot(receivable(account, await readAllStored(), instance));
    response.writeHead(200, { ...corsHeaders, 'Cache-Control': 'no-store', 'Content-Type': 'application/octet-stream', 'Content-Length': String(body.length) });
    response.end(body);
  });
}

/** The documents `account` may receive, each in its newest state on this instance. */
function receivable(account: StoredAccount, stored: readonly DocumentState[], instance: Hocuspocus): DocumentState[] {
  const names = new Set([...stored.map((document) => document.name), ...instance.documents.keys()]);
  const storedStates = new Map(stored.map((document) => [document.name, document.state]));
  let policy: ConflictPolicy | null = null;
  // Read once, and only for a member kept out of some case by a conflict of interest.
  const boardPolicy = (): ConflictPolicy => (policy ??= policyIn(instance.documents.get(boardDocumentName) ?? storedStates.get(boardDocumentName)));
  return [...names].flatMap((name) => {
    const ref = parseDocumentName(name);
    if (ref === null) return [];
    const withoutConflicts = documentAccess(account, ref, []);
    if (withoutConflicts === 'none') return [];
    const loaded = instance.documents.get(name);
    const state = loaded === undefined ? storedStates.get(name)! : Y.encodeStateAsUpdate(loaded);
    // Only a member's conflict of interest can shut them out of a case they would otherwise receive.
    if (withoutConflicts !== 'write' || ref.kind !== 'case' || account.personId === null) return [{ name, state }];
    const doc = loaded ?? new Y.Doc();
    try {
      if (loaded === undefined) Y.applyUpdate(doc, state);
      const conflicts = conflictsIn(doc, ref.caseId);
      const access = documentAccess(account, ref, conflicts);
      return (access === 'read' ? documentAccess(account, ref, conflicts, boardPolicy()) : access) === 'none' ? [] : [{ name, state }];
    } finally {
      if (loaded === undefined) doc.destroy();
    }
  });
}

/** The board's setting for conflicts of interest, from its loaded document or its stored state. */
function policyIn(board: Y.Doc | Uint8Array | undefined): ConflictPolicy {
  if (board === undefined) return defaultConflictPolicy;
  if (board instanceof Y.Doc) return readConflictPolicy(board);
  const doc = new Y.Doc();
  try {
    Y.applyUpdate(doc, board);
    return readConflictPolicy(doc);
  } finally {
    doc.destroy();
  }
}
