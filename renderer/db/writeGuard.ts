import type { DBCore, DBCoreMutateRequest, DBCoreTransaction } from 'dexie';
import { outsideTransaction } from './outsideTransaction';
import type { BeraadDb } from './database';

/**
 * writable: this window writes. readOnly: another window holds the database
 * (renderer/persistence/writerLock.ts). lost: the database vanished or was
 * replaced, and nothing may be written into it until the user decides.
 */
export type WriteMode = 'writable' | 'readOnly' | 'lost';

/** What a refused write rejects with; its name is what renderer/db/storageErrors.ts classifies. */
export class WriteRefusedError extends Error {
  constructor(mode: Exclude<WriteMode, 'writable'>) {
    super(mode === 'readOnly' ? 'This window is read-only' : 'The database was lost');
    this.name = mode === 'readOnly' ? 'ReadOnlyError' : 'DatabaseLostError';
  }
}

export interface WriteGuardEvents {
  /** Every write that failed, also one that no caller reports itself (a transaction aborted on commit). */
  onFailure(error: unknown): void;
  /** A write transaction committed, naming the tables it could have changed. */
  onCommitted?(tables: readonly string[]): void;
}

/**
 * One gate every write passes, as a Dexie DBCore middleware: it refuses writes
 * while the window may not write, sees every failure, and lets tests make the
 * next writes fail with a chosen error (the fault hook in renderer/db/faultHook.ts).
 */
export function installWriteGuard(db: BeraadDb, events: WriteGuardEvents) {
  let mode: WriteMode = 'writable';
  const faults: string[] = [];
  const modeListeners = new Set<() => void>();

  function watch(tx: DBCoreTransaction, tables: readonly string[]) {
    // The IndexedDB core hands out the IDBTransaction itself.
    const events_ = tx as unknown as Partial<IDBTransaction>;
    if (typeof events_.addEventListener !== 'function') return;
    events_.addEventListener('abort', () => {
      // An explicit abort (a refused rule, a thrown bug) has no error: only real failures are reported.
      if (events_.error) events.onFailure(events_.error);
    });
    events_.addEventListener('complete', () => events.onCommitted?.(tables));
  }

  db.use({
    stack: 'dbcore',
    name: 'writeGuard',
    create(down: DBCore): DBCore {
      return {
        ...down,
        transaction(stores, txMode, options) {
          if (txMode === 'readwrite' && mode !== 'writable') {
            const refusal = new WriteRefusedError(mode);
            events.onFailure(refusal);
            throw refusal;
          }
          const tx = down.transaction(stores, txMode, options);
          if (txMode === 'readwrite') watch(tx, stores);
          return tx;
        },
        table(name) {
          const table = down.table(name);
          return {
            ...table,
            mutate(request: DBCoreMutateRequest) {
              const fault = faults.shift();
              const result = fault ? Promise.reject(new DOMException(`Injected ${fault}`, fault)) : table.mutate(request);
              return result.catch((error: unknown) => {
                outsideTransaction(() => events.onFailure(error));
                throw error;
              });
            },
          };
        },
      };
    },
  });

  return {
    get mode(): WriteMode {
      return mode;
    },
    setMode(next: WriteMode): void {
      if (next === mode) return;
      mode = next;
      modeListeners.forEach((listener) => listener());
    },
    onModeChange(listener: () => void): () => void {
      modeListeners.add(listener);
      return () => modeListeners.delete(listener);
    },
    /** Makes the next `count` writes fail with a DOMException of this name, as the browser would. */
    failNextWrites(errorName: string, count = 1): void {
      for (let i = 0; i < count; i++) faults.push(errorName);
    },
    clearFaults(): void {
      faults.length = 0;
    },
  };
}

export type WriteGuard = ReturnType<typeof installWriteGuard>;
