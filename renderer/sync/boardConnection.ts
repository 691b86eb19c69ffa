import { HocuspocusProvider, HocuspocusProviderWebsocket, WebSocketStatus } from '@hocuspocus/provider';
import type { Awareness } from 'y-protocols/awareness';
import type * as Y from 'yjs';
import { boardDocumentName, helloToken, isSyncRefusal, type SyncRefusal } from '@shared/sync/protocol';
import type { SyncEngine } from './syncEngine';

export type ConnectionState = 'connecting' | 'connected' | 'offline';

export interface ConnectionEvents {
  /** The account's access token for each (re)connection; null when there is none to give. */
  token(): Promise<string | null>;
  /** Keeps the token renewed while the connection runs, calling back with each new one; returns the stop. */
  keepFresh(onRenewed: () => void): () => void;
  /** Whether this account may ask for a document at all; others stay on this machine only. */
  mayOpen(name: string): boolean;
  onState(state: ConnectionState): void;
  /** What the server lets this account do with a document it opened: read-only for a case with a conflict of interest. */
  onAccess(name: string, access: 'read' | 'write'): void;
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
  let refused = false;

  function attach(name: string, doc: Y.Doc): void {
    if (refused || providers.has(name) || !events.mayOpen(name)) return;
    const provider = new HocuspocusProvider({
      websocketProvider: socket,
      name,
      document: doc,
      // Presence only on the board's document: the socket's liveness check needs one, and it carries the cursors in every case.
      ...(name === boardDocumentName ? {} : { awareness: null }),
      token: async () => helloToken(await events.token()),
      onAuthenticationFailed: ({ reason }) => refuseDocument(name, isSyncRefusal(reason) ? reason : 'unknown'),
    });
    provider.on('authenticated', ({ scope }: { scope: string }) => events.onAccess(name, scope === 'readonly' ? 'read' : 'write'));
    provider.on('synced', () => confirm(name));
    provider.on('unsyncedChanges', () => confirm(name));
    providers.set(name, provider);
    provider.attach();
  }

  /**
   * Who is where in the board's shared texts: the board document's presence
   * carries everyone's name, colour and cursor (the case documents have none,
   * or each machine would send a heartbeat per case). Null for a guest, who
   * does not receive the board's document.
   */
  function presence(): Awareness | null {
    return providers.get(boardDocumentName)?.awareness ?? null;
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
  const stopListening = engine.onDocument(attach);
  const stopConfirming = engine.onDrained((names) => names.forEach(confirm));
  engine.documents().forEach((doc, name) => attach(name, doc));

  function close(): void {
    stopRenewing();
    stopListening();
    stopConfirming();
    providers.forEach((provider) => provider.destroy());
    providers.clear();
    socket.destroy();
  }

  return { close, presence };
}

export type BoardConnection = ReturnType<typeof connectBoard>;
