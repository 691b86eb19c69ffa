import { z } from 'zod';
import { checkServerAddress, type ServerAddressProblem } from '@shared/sync/serverAddress';
import type { SyncRefusal } from '@shared/sync/protocol';
import { syncedTables, type SyncedTable } from '@shared/sync/syncedTables';
import type { BeraadDb } from '../db/database';
import { serviceKey } from '../services/serviceKey';
import { connectBoard, type BoardConnection, type ConnectionState } from './boardConnection';
import type { SyncEngine } from './syncEngine';

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
export function createBoardMode(db: BeraadDb, engine: SyncEngine) {
  let state: BoardState = { mode: 'solo' };
  let connection: BoardConnection | null = null;
  const listeners = new Set<() => void>();

  function set(next: BoardState): void {
    state = next;
    listeners.forEach((listener) => listener());
  }
  const pending = () => engine.pendingDocuments().size;
  engine.onPendingChange(() => {
    if (state.mode !== 'solo') set({ ...state, pending: pending() });
  });

  function open(url: string): void {
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
     * this moment, before any screen can write; the documents load meanwhile.
     */
    async resume(onProblem: (error: unknown) => void): Promise<void> {
      const url = await savedUrl();
      if (!url) return;
      set({ mode: 'connecting', url, pending: pending() });
      void engine
        .start()
        .then(() => open(url))
        .catch(onProblem);
    },
    /** Another member's change reached these tables: screens showing them read again. */
    onRemoteChange: (listener: (tables: ReadonlySet<SyncedTable>) => void): (() => void) => engine.onProjected(listener),
    /** How many records of each kind the first connection would share. */
    async preview(): Promise<Record<SyncedTable, number>> {
      const counts = await Promise.all(syncedTables.map(async (table) => [table, await db.table(table).count()] as const));
      return Object.fromEntries(counts) as Record<SyncedTable, number>;
    },
    /** Shares everything on this machine with the board's server, and from then on every change. */
    async connect(address: string): Promise<ConnectOutcome> {
      const checked = checkServerAddress(address);
      if (!checked.ok) return checked;
      await db.meta.put({ key: settingKey, value: { url: checked.url }, updatedAt: new Date().toISOString() });
      await engine.start();
      await engine.shareEverything();
      open(checked.url);
      return { ok: true };
    },
    /**
     * Back to working alone. This machine keeps all its work; what it has not
     * shared yet stays unshared, and a later connection shares everything anew.
     */
    async disconnect(): Promise<void> {
      connection?.close();
      connection = null;
      await engine.discard();
      await db.meta.delete(settingKey);
      set({ mode: 'solo' });
    },
  };
}

export type BoardMode = ReturnType<typeof createBoardMode>;
export const boardModeKey = serviceKey<BoardMode>('boardMode');
