import { deepEqual } from 'fast-equals';
import Dexie, { type DBCore, type DBCoreMutateRequest, type DBCoreTable, type DBCoreTransaction, type IndexableType } from 'dexie';
import { documentOfRecord, isSyncedTable, recordKeyOf, type SyncedTable } from '@shared/sync/syncedTables';
import type { BeraadDb, SyncOutboxEntry } from '../db/database';

type Row = Record<string, unknown>;

/** The fields two versions of a record differ in; null when there was no earlier version. */
function changedFields(before: Row | undefined, after: Row): string[] | null {
  if (!before) return null;
  const names = new Set([...Object.keys(before), ...Object.keys(after)]);
  return [...names].filter((name) => !deepEqual(before[name], after[name]));
}

/**
 * Board mode's write side, as a Dexie middleware: every write to a shared
 * table also records, in the same transaction, which record and which fields
 * changed. The sync engine (syncEngine.ts) moves those into the shared
 * documents afterwards. Because the note of a change commits or fails with the
 * change itself, a killed window never leaves an edit that the board will not
 * hear of, and the repositories stay exactly as they are in solo mode.
 */
export function installSyncOutbox(db: BeraadDb) {
  let capturing = false;
  /** The engine's own writes (what came from the server) are not changes to send back. */
  const fromDocuments = new WeakSet<object>();
  /** The records each transaction removed, by table and key: one it writes again afterwards replaces the old one. */
  const removedIn = new WeakMap<DBCoreTransaction, Set<string>>();

  function removedBefore(trans: DBCoreTransaction): Set<string> {
    let removed = removedIn.get(trans);
    if (!removed) removedIn.set(trans, (removed = new Set()));
    return removed;
  }

  /*
   * Written as promise chains on Dexie's own promises, not async/await: those
   * keep Dexie's transaction context, which the layers below this one read.
   */
  function withNotes(table: SyncedTable, trans: DBCoreTransaction, down: DBCore, request: DBCoreMutateRequest, run: () => Promise<unknown>): Promise<unknown> {
    const store = down.table(table);
    return affectedKeys(store, trans, request).then((keys) =>
      store.getMany({ trans, keys }).then((before: (Row | undefined)[]) =>
        run().then((result) => {
          const writes = request.type === 'add' || request.type === 'put';
          const after = writes ? (request.values as Row[]) : keys.map(() => undefined);
          const removed = removedBefore(trans);
          const replaces = keys.map((key, index) => writes && !before[index] && removed.has(touchKey(table, key)));
          if (!writes) keys.forEach((key) => removed.add(touchKey(table, key)));
          const noteIds = table === 'noteRevisions' ? [...after, ...before].flatMap((row) => (row ? [String(row.noteId)] : [])) : [];
          const notes = noteIds.length ? down.table('notes').getMany({ trans, keys: noteIds }) : Dexie.Promise.resolve([]);
          return notes.then((found: (Row | undefined)[]) => {
            const caseOfNote = (noteId: string) => found.find((note) => note?.id === noteId)?.caseId as string | undefined;
            const entries = keys.flatMap((key, index) => entryFor(table, key, before[index], after[index], caseOfNote, replaces[index]!));
            return entries.length ? down.table('syncOutbox').mutate({ type: 'add', trans, values: entries }).then(() => result) : result;
          });
        }),
      ),
    );
  }

  db.use({
    stack: 'dbcore',
    name: 'syncOutbox',
    create(down: DBCore): DBCore {
      return {
        ...down,
        transaction(stores, mode, options) {
          if (!capturing || mode !== 'readwrite' || !stores.some(isSyncedTable)) return down.transaction(stores, mode, options);
          // The note of a change must commit with the change, so it joins the transaction.
          const widened = new Set([...stores, 'syncOutbox', ...(stores.includes('noteRevisions') ? ['notes'] : [])]);
          return down.transaction([...widened], mode, options);
        },
        table(name) {
          const table = down.table(name);
          if (!isSyncedTable(name)) return table;
          return {
            ...table,
            mutate(request) {
              if (!capturing || fromDocuments.has(request.trans)) return table.mutate(request);
              return withNotes(name, request.trans, down, request, () => table.mutate(request)) as ReturnType<DBCoreTable['mutate']>;
            },
          };
        },
      };
    },
  });

  return {
    /** On in board mode only: solo mode writes exactly as it always did. */
    setCapturing(on: boolean): void {
      capturing = on;
    },
    /** Marks a transaction (Dexie's `Transaction.idbtrans`) as the engine's own. */
    markFromDocuments(idbtrans: object): void {
      fromDocuments.add(idbtrans);
    },
  };
}

export type SyncOutbox = ReturnType<typeof installSyncOutbox>;

const touchKey = (table: string, key: unknown) => `${table}\u0000${recordKeyOf(key)}`;

function affectedKeys(store: DBCoreTable, trans: DBCoreTransaction, request: DBCoreMutateRequest): Promise<unknown[]> {
  switch (request.type) {
    case 'add':
    case 'put': {
      const extract = store.schema.primaryKey.extractKey;
      return Dexie.Promise.resolve(request.keys ?? request.values.map((value) => extract!(value)));
    }
    case 'delete':
      return Dexie.Promise.resolve(request.keys);
    case 'deleteRange':
      return store.query({ trans, values: false, query: { index: store.schema.primaryKey, range: request.range } }).then((found) => found.result);
  }
}

function entryFor(
  table: SyncedTable,
  key: unknown,
  previous: Row | undefined,
  next: Row | undefined,
  caseOfNote: (noteId: string) => string | undefined,
  replaces: boolean,
): SyncOutboxEntry[] {
  const record = next ?? previous;
  if (!record) return [];
  const fields = next ? changedFields(previous, next) : null;
  if (fields?.length === 0) return [];
  const doc = documentOfRecord(table, record, caseOfNote);
  const before = fields && previous ? Object.fromEntries(fields.map((field) => [field, previous[field]])) : undefined;
  return doc ? [{ doc, table, key: key as IndexableType, recordKey: recordKeyOf(key), fields, ...(before ? { before } : {}), ...(replaces ? { replaces } : {}) }] : [];
}
