import { boardRoles, documentlessRoles } from '@shared/accounts/accountRoles';
import type { Account } from '@shared/accounts/accountSchema';
import { checkServerAddress, type ServerAddressProblem } from '@shared/sync/serverAddress';
import { boardDocumentName, caseDocumentName, parseDocumentName, type SyncRefusal } from '@shared/sync/protocol';
import { sharedTextName, type SharedTextRef } from '@shared/sync/sharedTextNames';
import type { ConflictPolicy } from '@shared/people/conflictPolicy';
import type { FieldConflict } from '@shared/sync/fieldConflicts';
import type { RemovalConflict } from '@shared/sync/recordMap';
import { syncedTables, type SyncedTable } from '@shared/sync/syncedTables';
import type { Awareness } from 'y-protocols/awareness';
import type * as Y from 'yjs';
import type { BeraadDb } from '../db/database';
import { serviceKey } from '../services/serviceKey';
import type { AccountProblem } from './accountApi';
import type { BoardConnection, ConnectionState } from './boardConnection';
import type { BoardSession, SignIn } from './boardSession';
import type { BoardSync } from './boardSync';
import type { SyncOutbox } from './syncOutbox';
import { lazyAccountApi } from './lazyAccountApi';
import { createScreeningRelay, type RelayRefusal, type ScreeningRelay } from './screeningRelay';

/** What an editor binds to for a shared text (`shared/sync/sharedText.ts`): the fragment it types in and its case's presence. */
export interface SharedTextBinding {
  doc: Y.Doc;
  /** The fragment's name in the document. */
  name: string;
  fragment: Y.XmlFragment;
  awareness: Awareness | null;
}

/** What of a document (a case's, or the board's) two machines did apart that waits for someone to decide (docs/sync.md, Conflicts). */
export interface DocumentConflicts {
  fields: FieldConflict[];
  removals: RemovalConflict[];
}

/** `account` is who this machine is signed in as; `signedOut` means board mode is on but the server needs a sign-in first. */
export type BoardState =
  | { mode: 'solo' }
  | { mode: 'signedOut'; url: string; pending: number }
  | { mode: ConnectionState; url: string; pending: number; account: Account }
  | { mode: 'refused'; url: string; reason: SyncRefusal | 'unknown'; pending: number; account: Account };

export type ConnectProblem = ServerAddressProblem | AccountProblem;
export type ConnectOutcome = { ok: true } | { ok: false; problem: ConnectProblem; retryAfterSeconds?: number };

/** A second expired-token refusal this soon after the first means the clocks disagree, not that the token aged. */
const expiryRetryWindowMs = 10_000;

const settingKey = 'boardServer';

/** The setting is this app's own write to its own table, so a look at its shape serves where a schema would load the schema library. */
function storedUrl(value: unknown): string | null {
  const url = typeof value === 'object' && value !== null && 'url' in value ? value.url : undefined;
  return typeof url === 'string' && url.length > 0 && url.length <= 500 ? url : null;
}

/**
 * Board mode as the screens see it: whether this machine shares its work
 * through a server, where that stands, and the two things a person does with
 * it (connect, disconnect). The setting is this machine's own (the `meta`
 * table): another member's laptop decides for itself.
 */
export function createBoardMode(db: BeraadDb, outbox: SyncOutbox, session: BoardSession, onProblem: (error: unknown) => void) {
  let state: BoardState = { mode: 'solo' };
  let lastExpiryRetry = -Infinity;
  /** Cases the server lets this account only read; what is changed here stays on this machine. */
  let readOnlyCases: ReadonlySet<string> = new Set();
  /** Cases the server refuses this account now; what this machine held of them is taken off it. */
  let excludedCases: ReadonlySet<string> = new Set();
  let connection: BoardConnection | null = null;
  let sync: BoardSync | null = null;
  let loading: Promise<BoardSync> | null = null;
  /** A project lead's machine: no documents, only their screenings sent to the server's command. */
  let relay: ScreeningRelay | null = null;
  let relayRefusals: readonly RelayRefusal[] = [];
  /** A process owner's machine: no socket says whether the server is there, so it asks, and hears how its page's requests fare. */
  let stopReachWatch = () => {};
  const listeners = new Set<() => void>();
  const remoteListeners = new Set<(tables: ReadonlySet<SyncedTable>) => void>();

  function set(next: BoardState): void {
    state = next;
    listeners.forEach((listener) => listener());
  }
  const pending = () => sync?.engine.pendingDocuments().size ?? 0;

  function load(): Promise<BoardSync> {
    loading ??= import('./boardSync').then(({ createBoardSync }) => {
      const loaded = createBoardSync(db, outbox, onProblem);
      loaded.engine.onPendingChange(() => {
        if (state.mode !== 'solo') set({ ...state, pending: pending() });
      });
      loaded.engine.onProjected((tables) => remoteListeners.forEach((listener) => listener(tables)));
      sync = loaded;
      return loaded;
    });
    return loading;
  }

  function open({ engine, connectBoard }: BoardSync, url: string, account: Account): void {
    set({ mode: 'connecting', url, pending: pending(), account });
    engine.setWriter(account.name);
    if (!boardRoles.includes(account.role)) engine.open(account.caseIds.map(caseDocumentName)).catch(onProblem);
    connection = connectBoard(url, engine, {
      token: () => session.accessToken(),
      keepFresh: (onRenewed) => session.keepFresh(onRenewed),
      mayOpen: (document) => mayOpen(account, document),
      onAccess: (document, access) => {
        const ref = parseDocumentName(document);
        if (ref?.kind !== 'case' || (readOnlyCases.has(ref.caseId) === (access === 'read') && excludedCases.has(ref.caseId) === (access === 'none'))) return;
        readOnlyCases = toggled(readOnlyCases, ref.caseId, access === 'read');
        excludedCases = toggled(excludedCases, ref.caseId, access === 'none');
        listeners.forEach((listener) => listener());
        // Not even its title stays in this machine's lists (issue 13, access per case).
        if (access === 'none') sync?.engine.forget(document).catch(onProblem);
      },
      onState: (mode) => set({ mode, url, pending: pending(), account }),
      onRefused: (reason) => {
        connection = null;
        refused(url, account, reason);
      },
    });
  }

  /**
   * A project lead and a process owner receive no document: nothing is
   * captured for the documents. A project lead's relay sends their
   * screenings; a process owner's page asks the server itself.
   */
  function openWithoutDocuments(url: string, account: Account): void {
    outbox.setCapturing(false);
    stopWithoutDocuments();
    if (account.role !== 'projectleider') {
      set({ mode: 'connecting', url, pending: 0, account });
      watchReach(url);
      return;
    }
    set({ mode: 'connecting', url, pending: 0, account });
    relay = createScreeningRelay(db, lazyAccountApi(url), () => session.accessToken(), ({ online, pending, refusals }) => {
      relayRefusals = refusals;
      set({ mode: online ? 'connected' : 'offline', url, pending, account });
    });
    relay.start();
  }

  function stopWithoutDocuments(): void {
    relay?.stop();
    relay = null;
    stopReachWatch();
    stopReachWatch = () => {};
  }

  /** Whether the server answers this account, on start, whenever the network comes back, and after each request of its page. */
  function watchReach(url: string): void {
    const probe = async () => {
      const token = await session.accessToken();
      const answer = token === null ? null : await lazyAccountApi(url).me(token);
      reached(answer !== null && (answer.ok || answer.problem !== 'unreachable'));
    };
    const online = () => void probe().catch(onProblem);
    const offline = () => reached(false);
    window.addEventListener('online', online);
    window.addEventListener('offline', offline);
    stopReachWatch = () => {
      window.removeEventListener('online', online);
      window.removeEventListener('offline', offline);
    };
    online();
  }

  function reached(online: boolean): void {
    if (state.mode !== 'connecting' && state.mode !== 'connected' && state.mode !== 'offline') return;
    const mode = online ? 'connected' : 'offline';
    if (state.mode !== mode) set({ ...state, mode });
  }

  function refused(url: string, account: Account, reason: SyncRefusal | 'unknown'): void {
    if (reason === 'token_expired' && Date.now() - lastExpiryRetry > expiryRetryWindowMs && sync !== null) {
      lastExpiryRetry = Date.now();
      session.dropAccessToken();
      open(sync, url, account);
      return;
    }
    // A sign-in the server no longer honours (a spent refresh token, a deactivated account, a server set up anew): the person signs in again, nothing else is lost.
    if (reason === 'unauthenticated') set({ mode: 'signedOut', url, pending: pending() });
    else set({ mode: 'refused', url, reason, pending: pending(), account });
  }

  /** Signs in, then shares: a board member's machine shares everything it has, a guest's only receives. */
  async function signInAndOpen(url: string, how: SignIn, shareFirst: boolean): Promise<ConnectOutcome> {
    const signedIn = await session.signIn(url, how);
    if (!signedIn.ok) return { ok: false, problem: signedIn.problem, ...(signedIn.retryAfterSeconds === undefined ? {} : { retryAfterSeconds: signedIn.retryAfterSeconds }) };
    const account = signedIn.value;
    if (documentlessRoles.includes(account.role)) {
      await db.meta.put({ key: settingKey, value: { url }, updatedAt: new Date().toISOString() });
      openWithoutDocuments(url, account);
      return { ok: true };
    }
    const loaded = await load();
    await db.meta.put({ key: settingKey, value: { url }, updatedAt: new Date().toISOString() });
    await loaded.engine.start();
    if (shareFirst && boardRoles.includes(account.role)) await loaded.engine.shareEverything();
    open(loaded, url, account);
    return { ok: true };
  }

  async function savedUrl(): Promise<string | null> {
    return storedUrl((await db.meta.get(settingKey))?.value);
  }

  return {
    state: (): BoardState => state,
    /** The cases this account may only read (a conflict of interest, a guest's invitation); a new set on every change. */
    readOnlyCases: (): ReadonlySet<string> => readOnlyCases,
    /** The cases the server refuses this account now; a new set on every change. */
    excludedCases: (): ReadonlySet<string> => excludedCases,
    /** A project lead's screenings the server would not take as they stand; a new array on every change. */
    screeningRefusals: (): readonly RelayRefusal[] => relayRefusals,
    subscribe(listener: () => void): () => void {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    /**
     * At start: picks board mode up again where it was. Writes are noted from
     * the moment this returns, before any screen can write; the documents and
     * the connection follow in the background.
     */
    async resume(): Promise<void> {
      const url = await savedUrl();
      if (!url) return;
      outbox.setCapturing(true);
      const account = await session.resume(url);
      if (account && documentlessRoles.includes(account.role)) {
        openWithoutDocuments(url, account);
        return;
      }
      set(account === null ? { mode: 'signedOut', url, pending: 0 } : { mode: 'connecting', url, pending: 0, account });
      void load()
        .then(async (loaded) => {
          await loaded.engine.start();
          if (account === null) set({ mode: 'signedOut', url, pending: pending() });
          else open(loaded, url, account);
        })
        .catch(onProblem);
    },
    /**
     * Waits until the server has every change this machine made to the
     * document, so a decision the server takes next sees the text as typed
     * here. False when that does not happen within `timeoutMs`.
     */
    async whenShared(document: string, timeoutMs: number): Promise<boolean> {
      const loaded = sync;
      if (loaded === null) return false;
      const deadline = Date.now() + timeoutMs;
      for (;;) {
        await loaded.engine.settled();
        if (!loaded.engine.pendingDocuments().has(document)) return true;
        const left = deadline - Date.now();
        if (left <= 0) return false;
        await new Promise<void>((resolve) => {
          const stop = loaded.engine.onPendingChange(() => {
            stop();
            resolve();
          });
          setTimeout(() => {
            stop();
            resolve();
          }, Math.min(left, 250));
        });
      }
    },
    /** The board's presence (who is where, their cursors), while connected to a server that sends the board's document. */
    presence(): Awareness | null {
      return connection?.presence() ?? null;
    },
    /**
     * A shared text of a case to bind an editor to, with the case's presence
     * for the others' cursors (a guest's too: they receive the case, not the
     * board's document); null when this machine works alone.
     */
    async sharedText(caseId: string, ref: SharedTextRef): Promise<SharedTextBinding | null> {
      if (state.mode === 'solo') return null;
      const loaded = await load();
      // The stored documents first: a document opened before them would start empty and hide what was stored.
      await loaded.engine.start();
      const name = caseDocumentName(caseId);
      const doc = await loaded.engine.document(name);
      const text = sharedTextName(ref);
      return { doc, name: text, fragment: doc.getXmlFragment(text), awareness: connection?.presenceIn(name) ?? null };
    },
    /**
     * Follows a document's conflicts (a case's, or the board's: people,
     * meetings): values that lost to a write made elsewhere at the same time,
     * records removed on one machine while changed on another. The listener
     * hears the open ones now and after every change of the document.
     * Resolves to a stop.
     */
    async watchConflicts(name: string, listener: (conflicts: DocumentConflicts) => void): Promise<() => void> {
      if (state.mode === 'solo') return () => undefined;
      const loaded = await load();
      await loaded.engine.start();
      const doc = await loaded.engine.document(name);
      const read = () => listener({ fields: loaded.engine.fieldConflicts(name), removals: loaded.engine.removalConflicts(name) });
      doc.on('update', read);
      read();
      return () => doc.off('update', read);
    },
    /** Takes a lost value back into its field (`take`) or leaves the value that won, for the whole board. */
    async settleFieldConflict(name: string, conflict: FieldConflict, take: boolean): Promise<void> {
      const loaded = await load();
      await loaded.engine.settleFieldConflict(name, conflict, take);
    },
    /** Follows the board's setting for a member with a conflict of interest: now, and after every change of the board's document. Resolves to a stop. */
    async watchConflictPolicy(listener: (policy: ConflictPolicy) => void): Promise<() => void> {
      if (state.mode === 'solo') return () => undefined;
      const loaded = await load();
      await loaded.engine.start();
      const doc = await loaded.engine.document(boardDocumentName);
      const read = () => listener(loaded.engine.conflictPolicy());
      doc.on('update', read);
      read();
      return () => doc.off('update', read);
    },
    /** The secretary chooses whether a member with a conflict of interest reads the case or does not receive it. */
    async setConflictPolicy(policy: ConflictPolicy): Promise<void> {
      const loaded = await load();
      await loaded.engine.setConflictPolicy(policy);
    },
    /** Keeps a record whose removal met an edit, or removes it after all, for the whole board. */
    async settleRemoval(name: string, conflict: RemovalConflict, keep: boolean): Promise<void> {
      const loaded = await load();
      await loaded.engine.settleRemoval(name, conflict, keep);
    },
    /** How a request of a machine without documents (a process owner's) fared: the header says whether the server is there. */
    reached(online: boolean): void {
      if (relay === null && connection === null) reached(online);
    },
    /** A write transaction committed: what it changed in shared tables goes into the documents. */
    changed(): void {
      sync?.engine.changed();
      relay?.changed();
    },
    /** Another member's change reached these tables: screens showing them read again. */
    onRemoteChange(listener: (tables: ReadonlySet<SyncedTable>) => void): () => void {
      remoteListeners.add(listener);
      return () => remoteListeners.delete(listener);
    },
    /** How many records of each kind the first connection would share. */
    async preview(): Promise<Record<SyncedTable, number>> {
      const counts = await Promise.all(syncedTables.map(async (table) => [table, await db.table(table).count()] as const));
      return Object.fromEntries(counts) as Record<SyncedTable, number>;
    },
    /** Signs in to the board's server and shares everything on this machine with it, and from then on every change. */
    async connect(address: string, how: SignIn): Promise<ConnectOutcome> {
      const checked = checkServerAddress(address);
      if (!checked.ok) return checked;
      return signInAndOpen(checked.url, how, true);
    },
    /** Board mode is on but the sign-in ran out: signs in again and goes on where it was. */
    async signIn(how: SignIn): Promise<ConnectOutcome> {
      if (state.mode === 'solo') return { ok: false, problem: 'unauthenticated' };
      connection?.close();
      connection = null;
      stopWithoutDocuments();
      return signInAndOpen(state.url, how, false);
    },
    /**
     * Back to working alone. This machine keeps all its work; what it has not
     * shared yet stays unshared, and a later connection shares everything anew.
     */
    async disconnect(): Promise<void> {
      connection?.close();
      connection = null;
      stopWithoutDocuments();
      relayRefusals = [];
      await sync?.engine.discard();
      await db.meta.delete(settingKey);
      readOnlyCases = new Set();
      excludedCases = new Set();
      set({ mode: 'solo' });
      await session.signOut();
    },
  };
}

function toggled(cases: ReadonlySet<string>, caseId: string, on: boolean): ReadonlySet<string> {
  if (cases.has(caseId) === on) return cases;
  const next = new Set(cases);
  if (on) next.add(caseId);
  else next.delete(caseId);
  return next;
}

/** A guest's machine opens only the cases they were invited to; asking for others would only be refused. */
function mayOpen(account: Account, document: string): boolean {
  if (boardRoles.includes(account.role)) return true;
  const ref = parseDocumentName(document);
  return ref?.kind === 'case' && account.caseIds.includes(ref.caseId);
}

export type BoardMode = ReturnType<typeof createBoardMode>;
export const boardModeKey = serviceKey<BoardMode>('boardMode');
