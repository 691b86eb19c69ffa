import { z } from 'zod';
import { checkServerAddress, type ServerAddressProblem } from '@shared/sync/serverAddress';
import type { SyncRefusal } from '@shared/sync/protocol';
import { syncedTables, type SyncedTable } from '@shared/sync/syncedTables';
import type { BeraadDb } from '../db/database';
import { serviceKey } from '../services/serviceKey';
import type { BoardConnection, ConnectionState } from './boardConnection';
import type { BoardSync } from './boardSync';
import type { SyncOutbox } from './syncOutbox';

export type BoardState =
  | { mode: 'solo' }
  | { mode: ConnectionState; url: string; pending: number }
  | { mode: 'refused'; url: string; reason: SyncRefusal | 'unknown'; pending: number };

export type ConnectOutcome = { ok: true } | { ok: false; problem: ServerAddressProblem };

const settingKey = 'boardServer';
const settingSchema = z.object({ url: z.string().min(1).max(500) });

/**
 * Board mode as the screens see it: whether this machine shares its work
 * through a server, where that stands, and the two things a person does with
 * it (connect, disconnect). The setting is this machine's own (the `meta`
 * table): another member's laptop decides for itself.
 */
export function createBoardMode(db: BeraadDb, outbox: SyncOutbox, onProblem: (error: unknown) => void) {
  let state: BoardState = { mode: 'solo' };
  let connection: BoardConnection | null = null;
  let sync: BoardSync | null = null;
  let loading: Promise<BoardSync> | null = null;
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

  function open({ engine, connectBoard }: BoardSync, url: string): void {
    set({ mode: 'connecting', url, pending: pending() });
    connection = connectBoard(url, engine, {
      onState: (mode) => set({ mode, url, pending: pending() }),
      onRefused: (reason) => {
        connection = null;
        set({ mode: 'refused', url, reason, pending: pending() });
      },
    });
  }

  async function savedUrl(): Promise<string | null> {
    const parsed = settingSchema.safeParse((await db.meta.get(settingKey))?.value);
    return parsed.success ? parsed.data.url : null;
  }

  return {
    state: (): BoardState => state,
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
      set({ mode: 'connecting', url, pending: 0 });
      void load()
        .then(async (loaded) => {
          await loaded.engine.start();
          open(loaded, url);
        })
        .catch(onProblem);
    },
    /** A write transaction committed: what it changed in shared tables goes into the documents. */
    changed(): void {
      sync?.engine.changed();
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
    /** Shares everything on this machine with the board's server, and from then on every change. */
    async connect(address: string): Promise<ConnectOutcome> {
      const checked = checkServerAddress(address);
      if (!checked.ok) return checked;
      const loaded = await load();
      await db.meta.put({ key: settingKey, value: { url: checked.url }, updatedAt: new Date().toISOString() });
      await loaded.engine.start();
      await loaded.engine.shareEverything();
      open(loaded, checked.url);
      return { ok: true };
    },
    /**
     * Back to working alone. This machine keeps all its work; what it has not
     * shared yet stays unshared, and a later connection shares everything anew.
     */
    async disconnect(): Promise<void> {
      connection?.close();
      connection = null;
      await sync?.engine.discard();
      await db.meta.delete(settingKey);
      set({ mode: 'solo' });
    },
  };
}

export type BoardMode = ReturnType<typeof createBoardMode>;
export const boardModeKey = serviceKey<BoardMode>('boardMode');
