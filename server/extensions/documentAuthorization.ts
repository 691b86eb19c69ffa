import {
  type afterLoadDocumentPayload,
  Connection,
  type connectedPayload,
  type Extension,
  type Hocuspocus,
  type onAuthenticatePayload,
  type onChangePayload,
  type onTokenSyncPayload,
} from '@hocuspocus/server';
import * as Y from 'yjs';
import { type DocumentAccess, documentAccess } from '@shared/accounts/documentAccess';
import { type ConflictDeclaration, conflictDeclarationSchema } from '@shared/people/boardSchema';
import { type ConflictPolicy, defaultConflictPolicy } from '@shared/people/conflictPolicy';
import { readConflictPolicy, writeConflictPolicy } from '@shared/sync/boardSettings';
import { helloSchema } from '@shared/sync/handshake';
import { boardDocumentName, type DocumentRef, parseDocumentName, syncProtocolVersion, type SyncRefusal } from '@shared/sync/protocol';
import { readRecord } from '@shared/sync/recordMap';
import type { AccountService } from '../accounts/accountService';
import type { AccountStore, StoredAccount } from '../accounts/accountStore';

/** How often every open connection is checked against the stored account and its token's expiry. */
export const defaultRecheckMs = 30_000;

/** The table whose record holds a case's declared conflicts of interest. */
const caseBoardsTable = 'caseBoards';

/** What onAuthenticate leaves in the connection's context. */
interface AuthorizedContext {
  accountId: string;
  tokenExpiresAt: number;
}

interface OpenConnection {
  connection: Connection;
  document: DocumentRef;
  account: StoredAccount;
  tokenExpiresAt: number;
}

export interface DocumentAuthorizationOptions {
  service: AccountService;
  store: AccountStore;
  /** The stored state of a document not loaded on this instance, to read its conflicts before it is loaded for anyone. */
  readStored: (documentName: string) => Promise<Uint8Array | null>;
  recheckMs?: number;
  now?: () => number;
}

const refuse = (reason: SyncRefusal) => ({ reason });
const isRefusal = (error: unknown): error is { reason: SyncRefusal } => typeof error === 'object' && error !== null && 'reason' in error;

/**
 * Who receives which document, per connection (shared/accounts/documentAccess.ts): the hello's
 * protocol first (an old app gets the version message), then the access token and the account,
 * then the rule. 'none' is refused before the document is loaded; 'read' makes the connection
 * read-only, so Hocuspocus applies none of its updates.
 *
 * Access is decided again while the connection is open: when the case's conflicts of interest
 * change, when an account changes on this instance (at once), on every token the app sends
 * (onTokenSync), and every `recheckMs` against the stored account (so a change made on another
 * instance arrives within that time); a connection whose token expired without a new one is closed.
 *
 * The board's setting for a member with a conflict of interest (read-only or excluded, in the
 * board's document) is the secretary's: a change from anyone else's connection is undone.
 */
export class DocumentAuthorization implements Extension {
  extensionName = 'documentAuthorization';
  private readonly open = new Map<Connection, OpenConnection>();
  private readonly now: () => number;
  private timer: NodeJS.Timeout | undefined;
  private readonly stopListening: () => void;
  /** The board's setting for a member with a conflict of interest, as last read from the board's document; null before. */
  private policy: ConflictPolicy | null = null;

  constructor(private readonly options: DocumentAuthorizationOptions) {
    this.now = options.now ?? Date.now;
    this.stopListening = options.service.onAccountChanged((account) => this.recheckAccount(account.id, account));
  }

  async onConfigure() {
    this.timer = setInterval(() => void this.recheckAll(), this.options.recheckMs ?? defaultRecheckMs);
    this.timer.unref();
  }

  async onDestroy() {
    clearInterval(this.timer);
    this.stopListening();
  }

  async onAuthenticate({ token, documentName, instance, connectionConfig }: onAuthenticatePayload): Promise<AuthorizedContext> {
    let known: StoredAccount | null = null;
    try {
      const { account, tokenExpiresAt } = await this.authenticate(token);
      known = account;
      const document = parseDocumentName(documentName);
      if (document === null) throw refuse('unknown_document');
      const access = await this.accessTo(account, document, documentName, instance);
      if (access === 'none') throw refuse('forbidden');
      connectionConfig.readOnly = access === 'read';
      return { accountId: account.id, tokenExpiresAt };
    } catch (error) {
      if (isRefusal(error)) await this.options.service.connectionRefused(documentName, error.reason, known);
      throw error;
    }
  }

  async connected({ connection, context, documentName }: connectedPayload) {
    const { accountId, tokenExpiresAt } = context as AuthorizedContext;
    const document = parseDocumentName(documentName);
    const account = await this.options.store.accountById(accountId);
    // Closed while the account was read: onClose has already run and would never remove it.
    if (document === null || account === null || !connection.document.hasConnection(connection)) return;
    this.open.set(connection, { connection, document, account, tokenExpiresAt });
    connection.onClose(() => this.open.delete(connection));
    // The account may have changed between the check and now.
    this.apply(this.open.get(connection));
  }

  /** A new token from the app (after it refreshed): checked as at the start, and the connection lives on with it. */
  async onTokenSync({ token, connection }: onTokenSyncPayload) {
    const entry = this.open.get(connection);
    if (entry === undefined) return;
    const { account, tokenExpiresAt } = await this.authenticate(token);
    if (account.id !== entry.account.id) throw refuse('forbidden');
    entry.account = account;
    entry.tokenExpiresAt = tokenExpiresAt;
    this.apply(entry);
  }

  async afterLoadDocument({ document, documentName }: afterLoadDocumentPayload) {
    if (documentName === boardDocumentName) this.policy = readConflictPolicy(document);
    if (parseDocumentName(documentName)?.kind !== 'case') return;
    // A conflict declared (or lifted) while people have the case open changes what they may do at once.
    document.getMap(caseBoardsTable).observeDeep(() => {
      for (const entry of this.open.values()) if (entry.connection.document === document) this.apply(entry);
    });
  }

  /** A change of the board's setting for conflicts of interest: the secretary's holds at once for every open case; anyone else's is undone. */
  async onChange({ document, documentName, transactionOrigin, context }: onChangePayload) {
    if (documentName !== boardDocumentName) return;
    const known = this.policy ?? defaultConflictPolicy;
    if (readConflictPolicy(document) === known) return;
    if (transactionOrigin instanceof Connection) {
      const accountId = (context as Partial<AuthorizedContext> | undefined)?.accountId;
      const account = accountId === undefined ? null : await this.options.store.accountById(accountId);
      if (account?.role !== 'secretaris') {
        document.transact(() => writeConflictPolicy(document, known), this);
        await this.options.service.connectionRefused(documentName, 'forbidden', account);
        return;
      }
    }
    this.policy = readConflictPolicy(document);
    for (const entry of this.open.values()) if (entry.document.kind === 'case') this.apply(entry);
  }

  private async authenticate(token: string): Promise<{ account: StoredAccount; tokenExpiresAt: number }> {
    const json = parseJson(token);
    // The version first: an app of another version must hear that, whatever else its hello holds.
    if (typeof json !== 'object' || json === null || !('protocol' in json) || json.protocol !== syncProtocolVersion) throw refuse('other_version');
    const hello = helloSchema.safeParse(json);
    if (!hello.success || hello.data.accessToken === undefined) throw refuse('unauthenticated');
    const verified = await this.options.service.authenticate(hello.data.accessToken);
    if (!verified.ok) throw refuse(verified.failure.error === 'token_expired' ? 'token_expired' : 'unauthenticated');
    return { account: verified.value.account, tokenExpiresAt: verified.value.expiresAt.getTime() };
  }

  /** Decides without the document when its conflicts cannot matter, so a refused person never makes it load. */
  private async accessTo(account: StoredAccount, document: DocumentRef, documentName: string, instance: Hocuspocus): Promise<DocumentAccess> {
    const withoutConflicts = documentAccess(account, document, []);
    if (withoutConflicts !== 'write' || document.kind !== 'case' || account.personId === null) return withoutConflicts;
    const conflicts = await this.conflictsOf(document.caseId, documentName, instance);
    const access = documentAccess(account, document, conflicts);
    // The board's setting matters only to a member who does not take part: read only then.
    return access === 'read' ? documentAccess(account, document, conflicts, await this.policyOf(instance)) : access;
  }

  private async policyOf(instance: Hocuspocus): Promise<ConflictPolicy> {
    const loaded = instance.documents.get(boardDocumentName);
    if (loaded !== undefined) return (this.policy = readConflictPolicy(loaded));
    if (this.policy !== null) return this.policy;
    const stored = await this.options.readStored(boardDocumentName);
    const doc = new Y.Doc();
    try {
      if (stored !== null) Y.applyUpdate(doc, stored);
      return (this.policy = readConflictPolicy(doc));
    } finally {
      doc.destroy();
    }
  }

  private async conflictsOf(caseId: string, documentName: string, instance: Hocuspocus): Promise<ConflictDeclaration[]> {
    const loaded = instance.documents.get(documentName) ?? (await instance.loadingDocuments.get(documentName));
    if (loaded !== undefined) return conflictsIn(loaded, caseId);
    const stored = await this.options.readStored(documentName);
    if (stored === null) return [];
    const doc = new Y.Doc();
    try {
      Y.applyUpdate(doc, stored);
      return conflictsIn(doc, caseId);
    } finally {
      doc.destroy();
    }
  }

  private apply(entry: OpenConnection | undefined) {
    if (entry === undefined) return;
    const { connection, document, account } = entry;
    if (entry.tokenExpiresAt <= this.now()) return this.close(connection, 'token_expired');
    const conflicts = document.kind === 'case' ? conflictsIn(connection.document, document.caseId) : [];
    const access = documentAccess(account, document, conflicts, this.policy ?? defaultConflictPolicy);
    if (access === 'none') return this.close(connection, account.active ? 'forbidden' : 'unauthenticated');
    connection.readOnly = access === 'read';
  }

  private close(connection: Connection, reason: SyncRefusal) {
    this.open.delete(connection);
    connection.close({ code: 4403, reason });
  }

  private recheckAccount(accountId: string, account: StoredAccount | null) {
    for (const entry of [...this.open.values()]) {
      if (entry.account.id !== accountId) continue;
      if (account === null) {
        this.close(entry.connection, 'unauthenticated');
        continue;
      }
      entry.account = account;
      this.apply(entry);
    }
  }

  private async recheckAll() {
    const accountIds = new Set([...this.open.values()].map((entry) => entry.account.id));
    for (const accountId of accountIds) {
      const account = await this.options.store.accountById(accountId).catch(() => undefined);
      // A database that does not answer now leaves the connections as they are until the next round.
      if (account !== undefined) this.recheckAccount(accountId, account);
    }
  }
}

/** The conflicts declared on the case, from its caseBoards record; entries that fail their schema are left out. */
export function conflictsIn(doc: Y.Doc, caseId: string): ConflictDeclaration[] {
  const conflicts = readRecord(doc, caseBoardsTable, caseId)?.conflicts;
  if (!Array.isArray(conflicts)) return [];
  return conflicts.flatMap((conflict) => {
    const parsed = conflictDeclarationSchema.safeParse(conflict);
    return parsed.success ? [parsed.data] : [];
  });
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return null;
  }
}
