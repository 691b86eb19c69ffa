import { HocuspocusProvider, HocuspocusProviderWebsocket, WebSocketStatus } from '@hocuspocus/provider';
import { Awareness } from 'y-protocols/awareness';
import type * as Y from 'yjs';
import { boardDocumentName, helloToken, isSyncRefusal, type SyncRefusal } from '@shared/sync/protocol';
import { accountApi } from './accountApi';
import { announceIncoming } from './incomingUpdates';
import type { SyncEngine } from './syncEngine';

export type ConnectionState = 'connecting' | 'connected' | 'offline';

/**
 * How many documents are in their first handshake at a time. Every document
 * has its own (authentication, then the two states compared), and the server
 * loads each one: ten thousand at once would hold the server and this page
 * for a minute, with the board's own document and this machine's changes
 * waiting behind them. A document with changes from here goes to the front.
 */
export const handshakesAtOnce = 64;

/** Well within the thirty seconds after which the server forgets a presence it has not heard from. */
const presenceRenewMs = 15_000;

export interface ConnectionEvents {
  /** The account's access token for each (re)connection; null when there is none to give. */
  token(): Promise<string | null>;
  /** Keeps the token renewed while the connection runs, calling back with each new one; returns the stop. */
  keepFresh(onRenewed: () => void): () => void;
  /** Whether this account may ask for a document at all; others stay on this machine only. */
  mayOpen(name: string): boolean;
  onState(state: ConnectionState): void;
  /** What the server lets this account do with a document it opened: read-only for a case with a conflict of interest. */
  /** `none`: the server refused this case alone (an invitation withdrawn, the board excludes a member with a conflict of interest). */
  onAccess(name: string, access: 'read' | 'write' | 'none'): void;
  /** The server refused the connection; it is closed and nothing more is exchanged. */
  onRefused(reason: SyncRefusal | 'unknown'): void;
}

/**
 * One socket to the board server carrying every document (Hocuspocus
 * multiplexes them), reconnecting by itself after a network or server drop.
 * A document the engine opens later (a new case, a case another member
 * created) joins the same socket.
 */
export function connectBoard(url: string, engine: SyncEngine, events: ConnectionEvents) {
  const socket = new HocuspocusProviderWebsocket({ url, maxDelay: 10_000 });
  const providers = new Map<string, HocuspocusProvider>();
  /** Documents waiting for a place among the handshakes, in the order they came; those with changes from here go first. */
  const urgent = new Set<string>();
  const waiting = new Set<string>();
  let handshaking = 0;
  let refused = false;
  /** False while a new device takes in every document at once: a handshake before would open them empty. */
  let started = false;

  function want(name: string, first = false): void {
    if (refused || providers.has(name) || !events.mayOpen(name)) return;
    if (first) {
      waiting.delete(name);
      urgent.add(name);
    } else if (!urgent.has(name)) waiting.add(name);
    next();
  }

  function next(): void {
    if (!started) return;
    for (const queue of [urgent, waiting]) {
      for (const name of queue) {
        if (handshaking >= handshakesAtOnce) return;
        queue.delete(name);
        attach(name);
      }
    }
  }

  function attach(name: string): void {
    const doc = engine.documents().get(name);
    if (refused || doc === undefined || providers.has(name) || !events.mayOpen(name)) return;
    let done = false;
    const release = () => {
      if (done) return;
      done = true;
      handshaking--;
      next();
    };
    handshaking++;
    const provider = new HocuspocusProvider({
      websocketProvider: socket,
      name,
      document: doc,
      // The board's presence is always awake: the socket's liveness check needs one, and it says who is in which case.
      awareness: name === boardDocumentName ? new Awareness(doc) : sleepingPresence(doc),
      token: async () => helloToken(await events.token()),
      onAuthenticationFailed: ({ reason }) => {
        release();
        refuseDocument(name, isSyncRefusal(reason) ? reason : 'unknown');
      },
      // An open case the server stops giving this account (an invitation withdrawn, the board excludes a member with a conflict of interest).
      onClose: ({ event }) => {
        if (event.reason === 'forbidden' && name !== boardDocumentName) refuseDocument(name, 'forbidden');
      },
    });
    provider.on('authenticated', ({ scope }: { scope: string }) => events.onAccess(name, scope === 'readonly' ? 'read' : 'write'));
    provider.on('synced', () => {
      release();
      confirm(name);
    });
    provider.on('unsyncedChanges', () => confirm(name));
    // Emitted before the message is applied: an editor reads a caret the browser just moved first (components/richText/collaboration.ts).
    provider.on('message', () => announceIncoming(doc));
    providers.set(name, provider);
    provider.attach();
  }

  /**
   * Who is where on the board: the board document's presence carries
   * everyone's name and the case they have open. Null for a guest, who does
   * not receive the board's document.
   */
  function presence(): Awareness | null {
    return providers.get(boardDocumentName)?.awareness ?? null;
  }

  /**
   * The presence of one case document, woken for the cursors in its texts:
   * they travel with the case, which a guest invited to it receives too.
   * A document still waiting for its handshake goes ahead of the others.
   */
  function presenceIn(name: string): Awareness | null {
    if (!closed && !providers.has(name)) {
      urgent.delete(name);
      waiting.delete(name);
      attach(name);
    }
    const awareness = providers.get(name)?.awareness ?? null;
    if (awareness === null || awareness.getLocalState() !== null) return awareness;
    awareness.setLocalState({});
    const renew = setInterval(() => {
      const state = awareness.getLocalState();
      if (state !== null) awareness.setLocalState(state);
    }, presenceRenewMs);
    awareness.on('destroy', () => clearInterval(renew));
    return awareness;
  }

  function confirm(name: string): void {
    const provider = providers.get(name);
    if (provider?.synced && provider.unsyncedChanges === 0) engine.confirmed(name);
  }

  /**
   * A case this account may not have (an invitation withdrawn) is only that
   * case's loss: it stays on this machine and the others go on. Any other
   * refusal concerns the whole connection.
   */
  function refuseDocument(name: string, reason: SyncRefusal | 'unknown'): void {
    if (reason !== 'forbidden' || name === boardDocumentName) {
      refuse(reason);
      return;
    }
    providers.get(name)?.destroy();
    providers.delete(name);
    events.onAccess(name, 'none');
  }

  function refuse(reason: SyncRefusal | 'unknown'): void {
    if (refused) return;
    refused = true;
    close();
    events.onRefused(reason);
  }

  socket.on('status', ({ status }: { status: WebSocketStatus }) => {
    if (refused) return;
    events.onState(status === WebSocketStatus.Connected ? 'connected' : status === WebSocketStatus.Connecting ? 'connecting' : 'offline');
  });
  // The server closes a document whose token ran out: each renewed token goes to every open document.
  const stopRenewing = events.keepFresh(() => providers.forEach((provider) => void provider.sendToken()));
  // What this machine changed goes out first, ahead of the documents that are only being received.
  const stopConfirming = engine.onDrained((names) =>
    names.forEach((name) => {
      want(name, true);
      confirm(name);
    }),
  );
  // Typing is sent at once but counted as pending only once stored, often after the server confirmed it.
  const stopPending = engine.onPendingChange(() =>
    engine.pendingDocuments().forEach((name) => {
      want(name, true);
      confirm(name);
    }),
  );
  let stopListening = () => {};
  let closed = false;

  function attachAll(): void {
    if (closed) return;
    started = true;
    stopListening = engine.onDocument((name) => want(name));
    // The board's document first: its index names the cases, and its presence carries the cursors.
    attach(boardDocumentName);
    engine.pendingDocuments().forEach((name) => want(name, true));
    engine.documents().forEach((_doc, name) => want(name));
  }

  /**
   * A machine that holds nothing yet takes every document it may have in one
   * answer first, stored and in its tables before the first handshake: one
   * handshake per document would take minutes for ten thousand cases, and
   * each then only confirms. Without that answer the handshakes bring it all.
   */
  async function fetchEverything(): Promise<void> {
    const token = await events.token();
    const fetched = token === null || closed ? null : await accountApi(url).documents(token);
    if (fetched?.ok && !closed) {
      await engine.receive(fetched.value);
      await engine.settled();
    }
  }

  // The engine reports a failure of its own; whatever failed, the handshakes still bring every document.
  if (engine.holdsNothing()) void fetchEverything().catch(() => undefined).finally(attachAll);
  else attachAll();

  function close(): void {
    closed = true;
    urgent.clear();
    waiting.clear();
    stopRenewing();
    stopListening();
    stopConfirming();
    stopPending();
    providers.forEach((provider) => provider.destroy());
    providers.clear();
    socket.destroy();
  }

  return { close, presence, presenceIn };
}

export type BoardConnection = ReturnType<typeof connectBoard>;

/**
 * A case document's presence, asleep until this machine opens one of its
 * texts: it sends nothing and keeps no timer (a heartbeat per case would be
 * ten thousand messages every fifteen seconds), yet takes in the others'
 * cursors from the start. The server tells when someone leaves.
 */
function sleepingPresence(doc: Y.Doc): Awareness {
  const awareness = new Awareness(doc);
  clearInterval(awareness._checkInterval);
  awareness.setLocalState(null);
  return awareness;
}
