import { deepEqual } from 'fast-equals';
import type { IndexableType } from 'dexie';
import * as Y from 'yjs';
import { backupTables, recordKey } from '@shared/backup/tables';
import type { Case } from '@shared/cases/caseSchema';
import { boardDocumentName, caseDocumentName, parseDocumentName } from '@shared/sync/protocol';
import type { DocumentState } from '@shared/sync/documentSnapshot';
import { deleteRecord, keepRecord, removalConflicts, touchedRecords, writeRecord, type RemovalConflict, type StoredRecord } from '@shared/sync/recordMap';
import { fieldsToWrite, keptInSharedText, lostToWrite, readRecordWithText, touchedSharedTexts, typedSharedTexts } from '@shared/sync/sharedText';
import { hasSharedText } from '@shared/sync/sharedTextNames';
import { defaultConflictPolicy, type ConflictPolicy } from '@shared/people/conflictPolicy';
import { readConflictPolicy, writeConflictPolicy } from '@shared/sync/boardSettings';
import {
  keepOverwritten,
  nameWriter,
  openFieldConflicts,
  overwrittenValues,
  settleFieldConflict,
  valuesAboutToBeOverwritten,
  type FieldConflict,
  type OverwrittenValue,
} from '@shared/sync/fieldConflicts';
import { droppedRecords, mergeDroppedRecord, type DroppedRecord } from '@shared/sync/droppedRecords';
import { keepsReference, markedReference } from '@shared/sync/referenceClash';
import { boardTables, caseTables, documentOfRecord, storageKeyOf, syncedTables, type SyncedTable } from '@shared/sync/syncedTables';
import type { BeraadDb, SyncOutboxEntry } from '../db/database';
import { outsideTransaction } from '../db/outsideTransaction';
import { fromStore, type DocumentStore } from './documentStore';
import type { SyncOutbox } from './syncOutbox';
import type * as SharedTextWriter from '../components/richText/sharedTextWriter';

/** The origin of what this machine writes into a document; anything else came from the server. */
const fromThisMachine = Symbol('fromThisMachine');
/** The origin of the states a new device fetched at once (`receive`): the server's, like what the connection brings. */
const fromSnapshot = Symbol('fromSnapshot');

/** The board document's list of cases, so a machine that joins knows which documents to ask for. */
const caseIndexName = 'caseIndex';
const pendingKey = 'syncPending';
const drainBatch = 2000;
const retryDelayMs = 2000;
/** How long what was typed here or arrived may wait for the page to be idle before it is stored and projected anyway. */
const projectionDelayMs = 300;

/** Runs `work` when the page is idle, or after `timeoutMs` at the latest; answers how to call it off. */
function whenIdle(work: () => void, timeoutMs: number): () => void {
  if (typeof requestIdleCallback === 'function') {
    const handle = requestIdleCallback(work, { timeout: timeoutMs });
    return () => cancelIdleCallback(handle);
  }
  const timer = setTimeout(work, 0);
  return () => clearTimeout(timer);
}

interface RemoteChanges {
  updates: Uint8Array[];
  touched: Map<string, { table: SyncedTable; key: string }>;
  /** Records whose shared text changed: projected only when the document holds the record itself too. */
  texts: Map<string, { table: SyncedTable; key: string }>;
  /** Typed here in an editor bound to the document (not through the tables): not yet on the server. */
  typedHere: boolean;
  /** Field values the change overwrote without having seen them: kept in the document. */
  overwritten: OverwrittenValue[];
  /** Records whose map lost to one another machine made for the same key while apart: merged into the kept one. */
  dropped: DroppedRecord[];
}

const touchKey = (table: string, key: string) => `${table}\u0000${key}`;

type TextWriter = typeof SharedTextWriter;

/**
 * Keeps this machine's tables and the shared documents in step, one task at a
 * time: what this machine wrote (the outbox) goes into the documents; what
 * came from the server goes into the tables. Each step is one transaction that
 * also stores the documents' new updates, so a killed window resumes where it
 * stopped. The tables remain what every screen reads (docs/sync.md).
 */
export function createSyncEngine(db: BeraadDb, outbox: SyncOutbox, store: DocumentStore, onProblem: (error: unknown) => void, clock: () => Date = () => new Date()) {
  const docs = new Map<string, Y.Doc>();
  /*
   * Every document of this session writes under one client id, which is
   * also this machine's key in each presence (the board's, a case's), so a
   * screen tells this person from the others in any of them. Fresh for each
   * session, as Yjs requires: an id must never continue in a state that
   * lacks its past.
   */
  const clientId = crypto.getRandomValues(new Uint32Array(1))[0]!;
  const remote = new Map<string, RemoteChanges>();
  /** Updates made here whose storing failed: written with the next step, since the document already holds them. */
  const unstored: { doc: string; update: Uint8Array }[] = [];
  const documentListeners = new Set<(name: string, doc: Y.Doc) => void>();
  const pendingListeners = new Set<() => void>();
  const projectionListeners = new Set<(tables: ReadonlySet<SyncedTable>) => void>();
  const drainListeners = new Set<(names: readonly string[]) => void>();
  /** Tables the running step wrote from the documents; told to the screens once it committed. */
  let projected = new Set<SyncedTable>();
  let pending = new Set<string>();
  let queue: Promise<void> = Promise.resolve();
  let drainQueued = false;
  let confirmQueued = false;
  const confirming = new Set<string>();
  let projectionQueued = false;
  /** Calls off the projection waiting for the page to be idle; null when none waits. */
  let idleProjection: (() => void) | null = null;
  let refusedRecords = 0;
  let started = false;
  /** Who writes here (the signed-in account's name), named once in each document this session writes in. */
  let writer: string | null = null;
  const named = new Set<string>();
  /** Cases the server no longer gives this account: taken off this machine, and not opened again this session. */
  const forgotten = new Set<string>();

  function enqueue(task: () => Promise<void>): Promise<void> {
    const run = queue.then(task);
    queue = run.catch(onProblem);
    return run;
  }

  function remoteFor(name: string): RemoteChanges {
    let changes = remote.get(name);
    if (!changes) remote.set(name, (changes = { updates: [], touched: new Map(), texts: new Map(), typedHere: false, overwritten: [], dropped: [] }));
    return changes;
  }

  function watch(name: string, doc: Y.Doc): void {
    doc.on('afterTransaction', (transaction: Y.Transaction) => {
      if (transaction.origin === fromThisMachine || transaction.origin === fromStore) return;
      const touched = touchedRecords(transaction, syncedTables);
      const texts = touchedSharedTexts(transaction);
      if (touched.length === 0 && texts.length === 0) return;
      const changes = remoteFor(name);
      // Only now: once the transaction is cleaned up, Yjs has dropped the content of what it overwrote.
      if (touched.length) {
        // A text typed together keeps everyone's typing in its fragment: its field lost nothing.
        changes.overwritten.push(...overwrittenValues(transaction, syncedTables).filter(({ table, key, field }) => !keptInSharedText(transaction.doc, table, key, field)));
        changes.dropped.push(...droppedRecords(transaction, syncedTables));
      }
      for (const { table, key } of touched) changes.touched.set(touchKey(table, key), { table: table as SyncedTable, key });
      for (const { table, key } of texts) changes.texts.set(touchKey(table, key), { table, key });
    });
    doc.on('update', (update: Uint8Array, origin: unknown, _doc: Y.Doc, transaction: Y.Transaction) => {
      if (origin === fromThisMachine || origin === fromStore) return;
      const changes = remoteFor(name);
      changes.updates.push(update);
      // What the server sends is applied as an update; an editor's keystrokes are transactions of this machine.
      if (transaction.local) changes.typedHere = true;
      scheduleProjectionWhenIdle();
    });
    if (name === boardDocumentName) {
      const index = doc.getMap(caseIndexName);
      const openCase = (caseId: string) => forgotten.has(caseDocumentName(caseId)) || documentFor(caseDocumentName(caseId));
      index.forEach((_value, caseId) => openCase(caseId));
      index.observe((event) => event.keysChanged.forEach(openCase));
    }
  }

  function documentFor(name: string, loaded?: Y.Doc): Y.Doc {
    const known = docs.get(name);
    if (known) return known;
    if (!parseDocumentName(name)) throw new Error(`Not a board document: ${name}`);
    // Named by its document: a Y.Doc makes up a random id otherwise, dozens of random draws per document, seconds for ten thousand.
    const doc = loaded ?? new Y.Doc({ guid: name });
    doc.clientID = clientId;
    // Typed before any remote update arrives, so every change is seen on the same map objects.
    syncedTables.forEach((table) => doc.getMap(table));
    docs.set(name, doc);
    watch(name, doc);
    outsideTransaction(() => documentListeners.forEach((listener) => listener(name, doc)));
    return doc;
  }

  /**
   * Puts records from the documents into their tables, table by table in bulk;
   * a record that does not fit its table's schema is counted and left out.
   */
  async function project(records: readonly { table: SyncedTable; key: string; record: StoredRecord | null }[]): Promise<void> {
    const puts = new Map<SyncedTable, unknown[]>();
    const removals = new Map<SyncedTable, IndexableType[]>();
    const add = <T,>(into: Map<SyncedTable, T[]>, table: SyncedTable, item: T) => {
      const list = into.get(table);
      if (list) list.push(item);
      else into.set(table, [item]);
    };
    for (const { table, key, record } of records) {
      if (!record) {
        add(removals, table, storageKeyOf(table, key));
        continue;
      }
      const checked = backupTables[table].schema.safeParse(record);
      if (checked.success) add(puts, table, checked.data);
      else {
        refusedRecords++;
        onProblem(new Error(`Refused ${table} ${key} from the server: ${checked.error.message}`));
      }
    }
    const cases = puts.get('cases');
    if (cases) puts.set('cases', await withUniqueReferences(cases as Case[]));
    for (const [table, keys] of removals) await db.table(table).bulkDelete(keys);
    for (const [table, rows] of puts) await db.table(table).bulkPut(rows);
    [...removals.keys(), ...puts.keys()].forEach((table) => projected.add(table));
  }

  /**
   * Cases as they may be stored: two with one reference number (numbered on
   * two machines apart) are told apart the same way on every machine. A case
   * that has to give up its number is written first, so the number is free
   * when the other takes it.
   */
  async function withUniqueReferences(incoming: readonly Case[]): Promise<Case[]> {
    const holders = new Map((await db.cases.where('reference').anyOf(incoming.map((row) => row.reference)).toArray()).map((row) => [row.reference, row]));
    const yielding: Case[] = [];
    const kept: Case[] = [];
    for (const row of incoming) {
      const other = holders.get(row.reference);
      if (!other || other.id === row.id) {
        holders.set(row.reference, row);
        kept.push(row);
      } else if (keepsReference(row, other)) {
        yielding.push({ ...other, reference: markedReference(other) });
        const index = kept.indexOf(other);
        if (index >= 0) kept.splice(index, 1);
        holders.set(row.reference, row);
        kept.push(row);
      } else {
        kept.push({ ...row, reference: markedReference(row) });
      }
    }
    return [...yielding, ...kept];
  }

  /** Runs one step; once it committed, the screens showing what it projected read again. */
  async function step(task: () => Promise<void>): Promise<void> {
    projected = new Set();
    await task();
    const tables = projected;
    projected = new Set();
    if (tables.size) projectionListeners.forEach((listener) => listener(tables));
  }

  function collectUpdates(doc: Y.Doc, name: string, change: () => void): void {
    const capture = (update: Uint8Array, origin: unknown) => {
      if (origin === fromThisMachine) unstored.push({ doc: name, update });
    };
    doc.on('update', capture);
    try {
      // The document's observers (a connection, an editor, the board's index) run as it changes, so outside the database's transaction.
      outsideTransaction(() =>
        doc.transact(() => {
          change();
          if (writer !== null && !named.has(name)) {
            nameWriter(doc, writer);
            named.add(name);
          }
        }, fromThisMachine),
      );
    } finally {
      doc.off('update', capture);
    }
  }

  async function storeUnstored(): Promise<void> {
    const writing = unstored.splice(0);
    try {
      await db.syncUpdates.bulkAdd(writing);
    } catch (error) {
      unstored.unshift(...writing);
      throw error;
    }
  }

  async function savePending(next: Set<string>): Promise<void> {
    if (next.size === pending.size) return;
    await db.meta.put({ key: pendingKey, value: [...next], updatedAt: new Date().toISOString() });
    pending = next;
    outsideTransaction(() => pendingListeners.forEach((listener) => listener()));
  }

  const markPending = (names: Iterable<string>) => savePending(new Set([...pending, ...names]));

  /** Takes confirmed documents off the pending list, all at once: one write for a thousand confirmations. */
  async function confirmPending(): Promise<void> {
    confirmQueued = false;
    const names = new Set(confirming);
    confirming.clear();
    // A document with changes still in the outbox is not done: its next update is confirmed in turn.
    const waiting = new Set((await db.syncOutbox.toArray()).map((entry) => entry.doc));
    await savePending(new Set([...pending].filter((name) => !names.has(name) || waiting.has(name))));
  }

  /** Moves what this machine wrote into the documents. */
  async function drain(): Promise<void> {
    drainQueued = false;
    const entries = await db.syncOutbox.limit(drainBatch).toArray();
    if (entries.length === 0) return;
    const tables = [...new Set(entries.map((entry) => entry.table))].map((name) => db.table(name));
    const byDoc = groupByDocument(entries);
    let indexed = false;
    // Loaded before the transaction, which IndexedDB would commit while it waited for anything else.
    const texts = entries.some((entry) => entry.replaces && hasSharedText(entry.table)) ? await import('../components/richText/sharedTextWriter') : null;
    // Should this fail, the documents already hold the changes: their updates wait in `unstored` for the next step.
    await db.transaction('rw', [db.syncOutbox, db.syncUpdates, db.meta, db.cases, ...tables], async (tx) => {
      outbox.markFromDocuments(tx.idbtrans);
      for (const [name, docEntries] of byDoc) await drainDocument(name, docEntries, texts);
      const newCases = [...byDoc.keys()].flatMap((name) => {
        const ref = parseDocumentName(name);
        return ref?.kind === 'case' ? [ref.caseId] : [];
      });
      const board = documentFor(boardDocumentName);
      const index = board.getMap(caseIndexName);
      const unindexed = newCases.filter((caseId) => !index.has(caseId));
      indexed = unindexed.length > 0;
      if (indexed) collectUpdates(board, boardDocumentName, () => unindexed.forEach((caseId) => index.set(caseId, true)));
      await storeUnstored();
      await markPending([...byDoc.keys(), ...(indexed ? [boardDocumentName] : [])]);
      await db.syncOutbox.bulkDelete(entries.map((entry) => entry.id!));
    });
    /*
     * A drain that changed nothing in a document sends nothing, so no confirmation would follow by itself;
     * and the server may confirm a change before it counted as pending here. The board's index counts too.
     */
    drainListeners.forEach((listener) => listener([...byDoc.keys(), ...(indexed ? [boardDocumentName] : [])]));
    if (entries.length === drainBatch) scheduleDrain();
  }

  async function drainDocument(name: string, entries: SyncOutboxEntry[], texts: TextWriter | null): Promise<void> {
    const doc = documentFor(name);
    const rows = await Promise.all(entries.map((entry) => db.table(entry.table).get(entry.key) as Promise<StoredRecord | undefined>));
    const removal = { at: clock().toISOString(), by: writer };
    collectUpdates(doc, name, () =>
      entries.forEach((entry, index) => {
        const row = rows[index];
        if (row && entry.before) {
          const overwritten = valuesAboutToBeOverwritten(doc, entry.table, entry.recordKey, row, entry.before);
          keepOverwritten(doc, lostToWrite(doc, entry.table, entry.recordKey, overwritten, row, entry.before), removal.at);
        }
        if (row) writeRecord(doc, entry.table, entry.recordKey, row, fieldsToWrite(doc, entry.table, entry.recordKey, row, entry.fields));
        else deleteRecord(doc, entry.table, entry.recordKey, removal);
        // A record written anew in place of a removed one (a case taken over from a file) brings its own texts, whatever was typed in the old.
        if (row && entry.replaces && texts && hasSharedText(entry.table)) {
          const preset = texts.presetOf(entry.table);
          typedSharedTexts(doc, entry.table, entry.recordKey, row).forEach(({ name, value }) => texts.writeFragment(doc.getXmlFragment(name), preset, value));
        }
      }),
    );
    // Fields another machine changed in the meantime come back into the row.
    const merged = entries.flatMap((entry, index) => {
      const row = rows[index];
      const record = readRecordWithText(doc, entry.table, entry.recordKey);
      return row && record && !deepEqual(record, row) ? [{ table: entry.table as SyncedTable, key: entry.recordKey, record }] : [];
    });
    if (merged.length) await project(merged);
  }

  /** Moves what came from the server into the tables. */
  async function projectRemote(): Promise<void> {
    projectionQueued = false;
    const batch = [...remote];
    remote.clear();
    if (batch.length === 0) return;
    try {
      const tables = new Set<SyncedTable>();
      batch.forEach(([, changes]) => [...changes.touched.values(), ...changes.texts.values()].forEach(({ table }) => tables.add(table)));
      // Merging two advices started apart numbers one's versions on (droppedRecords.ts).
      if (batch.some(([, changes]) => changes.dropped.some((record) => record.table === 'advices'))) tables.add('adviceVersions');
      await db.transaction('rw', [db.syncOutbox, db.syncUpdates, db.meta, db.cases, ...[...tables].map((name) => db.table(name))], async (tx) => {
        outbox.markFromDocuments(tx.idbtrans);
        // A record this machine changed and has not yet put into its document merges there first (drain).
        const waiting = new Set((await db.syncOutbox.toArray()).map((entry) => touchKey(entry.table, entry.recordKey)));
        await db.syncUpdates.bulkAdd(batch.flatMap(([name, changes]) => changes.updates.map((update) => ({ doc: name, update }))));
        const typed = batch.flatMap(([name, changes]) => (changes.typedHere ? [name] : []));
        const overwritten = batch.filter(([, changes]) => changes.overwritten.length > 0 || changes.dropped.length > 0);
        const noticed = clock().toISOString();
        overwritten.forEach(([name, changes]) => {
          const doc = docs.get(name)!;
          collectUpdates(doc, name, () => {
            const merges = changes.dropped.map((record) => mergeDroppedRecord(doc, record));
            merges.forEach(({ changed }) => changed.forEach(({ table, key }) => changes.touched.set(touchKey(table, key), { table, key })));
            keepOverwritten(doc, [...changes.overwritten, ...merges.flatMap((merge) => merge.conflicts)], noticed);
          });
        });
        await storeUnstored();
        if (typed.length || overwritten.length) await markPending([...typed, ...overwritten.map(([name]) => name)]);
        await project(batch.flatMap(([name, changes]) => touchedRecordsOf(docs.get(name)!, changes, waiting)));
      });
    } catch (error) {
      for (const [name, changes] of batch) {
        const later = remoteFor(name);
        later.updates.unshift(...changes.updates);
        changes.touched.forEach((value, key) => later.touched.set(key, value));
        changes.texts.forEach((value, key) => later.texts.set(key, value));
        later.typedHere ||= changes.typedHere;
        later.overwritten.push(...changes.overwritten);
        later.dropped.push(...changes.dropped);
      }
      throw error;
    }
  }

  /**
   * The records a batch of changes touched, as the document holds them now. A
   * shared text typed in before its record reached the document (the first
   * keystrokes of a new note) has nothing to project yet: that is no removal.
   */
  function touchedRecordsOf(doc: Y.Doc, changes: RemoteChanges, waiting: ReadonlySet<string>) {
    const records = [...changes.touched.values()].map(({ table, key }) => ({ table, key, record: readRecordWithText(doc, table, key) }));
    const texts = [...changes.texts.entries()]
      .filter(([touch]) => !changes.touched.has(touch))
      .flatMap(([, { table, key }]) => {
        const record = readRecordWithText(doc, table, key);
        return record ? [{ table, key, record }] : [];
      });
    return [...records, ...texts].filter(({ table, key }) => !waiting.has(touchKey(table, key)));
  }

  // A step that failed (a full disk, a closing database) keeps its work and is tried again a little later.
  function scheduleDrain(): void {
    if (drainQueued) return;
    drainQueued = true;
    enqueue(() => step(drain)).catch(() => started && setTimeout(scheduleDrain, retryDelayMs));
  }

  /**
   * A keystroke's or an arriving letter's update is stored and projected once
   * the page is idle: the keystroke's frame is not held up by a database
   * transaction, and a burst of them goes into one. Within a second still, and
   * settled() does not wait for the idle time.
   */
  function scheduleProjectionWhenIdle(): void {
    if (projectionQueued || idleProjection !== null) return;
    idleProjection = whenIdle(projectNow, projectionDelayMs);
  }

  function projectNow(): void {
    idleProjection?.();
    idleProjection = null;
    scheduleProjection();
  }

  // A window closed within the idle time still stores what was typed: its transaction starts before the page goes.
  const storeBeforeLeaving = () => {
    if (idleProjection !== null) projectNow();
  };

  function scheduleProjection(): void {
    if (projectionQueued) return;
    projectionQueued = true;
    enqueue(() => step(projectRemote)).catch(() => started && setTimeout(scheduleProjection, retryDelayMs));
  }

  return {
    /**
     * Opens the stored documents and starts noting this machine's writes. It
     * runs as the first task, so no change is taken into a document that has
     * not been loaded yet.
     */
    start(): Promise<void> {
      outbox.setCapturing(true);
      if (started) return queue;
      started = true;
      globalThis.addEventListener?.('pagehide', storeBeforeLeaving);
      return enqueue(async () => {
        const loaded = await store.loadAll();
        const stored = (await db.meta.get(pendingKey))?.value;
        pending = new Set(Array.isArray(stored) ? stored.filter((name): name is string => typeof name === 'string') : []);
        // Cases before the board, whose index would otherwise open empty documents for them.
        loaded.forEach((doc, name) => name !== boardDocumentName && documentFor(name, doc));
        documentFor(boardDocumentName, loaded.get(boardDocumentName));
        scheduleDrain();
      });
    },
    /** Hands every shared record to the documents: the first connection of a database that was used alone. */
    async shareEverything(): Promise<void> {
      await db.transaction('rw', [db.syncOutbox, db.meta, ...syncedTables.map((table) => db.table(table))], async () => {
        const notes = new Map((await db.notes.toArray()).map((note) => [note.id, note.caseId]));
        const documents = new Set<string>();
        for (const table of syncedTables) {
          const rows = (await db.table(table).toArray()) as StoredRecord[];
          const entries = rows.flatMap((row) => outboxEntry(table, row, (noteId) => notes.get(noteId)));
          entries.forEach((entry) => documents.add(entry.doc));
          await db.syncOutbox.bulkAdd(entries);
        }
        // Pending from this moment: nothing may look shared before the server has it.
        await markPending(documents);
      });
      scheduleDrain();
    },
    /** Called after a write transaction on shared tables committed. */
    changed(): void {
      if (started) scheduleDrain();
    },
    /** Waits until everything asked of the engine so far is done. */
    settled(): Promise<void> {
      if (idleProjection !== null) projectNow();
      return queue;
    },
    documents(): ReadonlyMap<string, Y.Doc> {
      return docs;
    },
    /**
     * Opens these documents for the connection to fetch: a guest's invited
     * cases, which they cannot learn from the board's index, since they do
     * not receive the board's document.
     */
    open(names: readonly string[]): Promise<void> {
      return enqueue(async () => {
        names.forEach((name) => documentFor(name));
      });
    },
    /**
     * Whether this machine holds nothing of any document but what it wrote
     * itself since it started (its own defaults): a new device, or one that
     * went back to working alone.
     */
    holdsNothing(): boolean {
      return [...docs.values()].every((doc) => [...doc.store.clients.keys()].every((id) => id === clientId));
    },
    /**
     * The server's whole state of these documents, fetched at once by a
     * machine that holds none yet: taken in as if each had come through the
     * connection, so it is stored and projected the same way, all in one step.
     * Cases before the board, as at start.
     */
    receive(states: readonly DocumentState[]): Promise<void> {
      return enqueue(async () => {
        const ordered = [...states.filter(({ name }) => name !== boardDocumentName), ...states.filter(({ name }) => name === boardDocumentName)];
        for (const { name, state } of ordered) {
          if (!parseDocumentName(name)) continue;
          try {
            Y.applyUpdate(documentFor(name), state, fromSnapshot);
          } catch (error) {
            // A state that does not decode is left out: the connection's handshake brings that document instead.
            onProblem(error);
          }
        }
      });
    },
    /** One document, opened if this machine does not hold it yet: for an editor bound to a shared text in it. */
    document(name: string): Promise<Y.Doc> {
      return enqueue(async () => void documentFor(name)).then(() => docs.get(name)!);
    },
    onDocument(listener: (name: string, doc: Y.Doc) => void): () => void {
      documentListeners.add(listener);
      return () => documentListeners.delete(listener);
    },
    /** The server has everything of this document that this machine had. */
    confirmed(name: string): void {
      // Most confirmations are of documents this machine never changed (a joining machine receives thousands).
      if (!pending.has(name)) return;
      confirming.add(name);
      if (confirmQueued) return;
      confirmQueued = true;
      // A failure is reported by the queue; the document stays pending until its next confirmation.
      enqueue(confirmPending).catch(() => undefined);
    },
    /** After changes of this machine went into these documents. */
    onDrained(listener: (names: readonly string[]) => void): () => void {
      drainListeners.add(listener);
      return () => drainListeners.delete(listener);
    },
    /** Documents with changes from this machine that the server has not confirmed. */
    pendingDocuments(): ReadonlySet<string> {
      return pending;
    },
    onPendingChange(listener: () => void): () => void {
      pendingListeners.add(listener);
      return () => pendingListeners.delete(listener);
    },
    /** After tables were written from the documents (another member's change), with which tables. */
    onProjected(listener: (tables: ReadonlySet<SyncedTable>) => void): () => void {
      projectionListeners.add(listener);
      return () => projectionListeners.delete(listener);
    },
    refusedRecords: () => refusedRecords,
    /** The signed-in account's name: a value this machine writes that later loses to another machine's is kept under it. */
    setWriter(name: string | null): void {
      writer = name;
      named.clear();
    },
    /** Values of this document's fields that lost to a write made elsewhere at the same time, not yet dealt with. */
    fieldConflicts(name: string): FieldConflict[] {
      const doc = docs.get(name);
      return doc ? openFieldConflicts(doc) : [];
    },
    /** The board's setting for a member with a conflict of interest, as the board's document holds it here. */
    conflictPolicy(): ConflictPolicy {
      const board = docs.get(boardDocumentName);
      return board ? readConflictPolicy(board) : defaultConflictPolicy;
    },
    /** The secretary's choice for every case; the server undoes it from anyone else. */
    setConflictPolicy(policy: ConflictPolicy): Promise<void> {
      return enqueue(async () => {
        const board = documentFor(boardDocumentName);
        await db.transaction('rw', [db.syncUpdates, db.meta], async () => {
          collectUpdates(board, boardDocumentName, () => writeConflictPolicy(board, policy));
          await storeUnstored();
          await markPending([boardDocumentName]);
        });
      });
    },
    /** The document's records removed on one machine while changed on another: kept until someone decides. */
    removalConflicts(name: string): RemovalConflict[] {
      const doc = docs.get(name);
      return doc ? removalConflicts(doc, name === boardDocumentName ? boardTables : caseTables) : [];
    },
    /**
     * Decides on a removal that met an edit, for every machine: `keep` takes
     * the mark away; otherwise the record goes through its table, as any
     * removal, now seeing the edit.
     */
    settleRemoval(name: string, conflict: RemovalConflict, keep: boolean): Promise<void> {
      const table = conflict.table as SyncedTable;
      const settled = enqueue(() =>
        step(async () => {
          const doc = documentFor(name);
          await db.transaction('rw', [db.syncOutbox, db.syncUpdates, db.meta, db.table(table)], async () => {
            if (keep) collectUpdates(doc, name, () => keepRecord(doc, table, conflict.key));
            else {
              await db.table(table).delete(storageKeyOf(table, conflict.key));
              projected.add(table);
            }
            await storeUnstored();
            await markPending([name]);
          });
        }),
      );
      return settled.then(() => scheduleDrain());
    },
    /**
     * Deals with a kept value on every machine: `take` puts it back into its
     * field (through the table, so it is shared like any edit), otherwise the
     * value that won stays.
     */
    settleFieldConflict(name: string, conflict: FieldConflict, take: boolean): Promise<void> {
      const table = conflict.table as SyncedTable;
      const settled = enqueue(() =>
        step(async () => {
          const doc = documentFor(name);
          await db.transaction('rw', [db.syncOutbox, db.syncUpdates, db.meta, db.table(table)], async () => {
            const row = take ? ((await db.table(table).get(storageKeyOf(table, conflict.key))) as StoredRecord | undefined) : undefined;
            const taken = row ? backupTables[table].schema.safeParse({ ...row, [conflict.field]: conflict.value }) : null;
            if (taken?.success) {
              await db.table(table).put(taken.data);
              projected.add(table);
            }
            collectUpdates(doc, name, () => settleFieldConflict(doc, conflict.id, clock().toISOString()));
            await storeUnstored();
            await markPending([name]);
          });
        }),
      );
      return settled.then(() => scheduleDrain());
    },
    /**
     * Takes a case the server no longer gives this account (an invitation
     * withdrawn, a member the board excludes for a conflict of interest) off
     * this machine: its document, its records in the tables, and what of it
     * was still to be shared, which the server would refuse. The board's index
     * names it still; this session leaves it closed, and the next one asks the
     * server anew, so a case given back returns.
     */
    forget(name: string): Promise<void> {
      forgotten.add(name);
      return enqueue(() =>
        step(async () => {
          const doc = docs.get(name);
          const keys = new Map<SyncedTable, IndexableType[]>();
          const add = (table: SyncedTable, key: IndexableType) => {
            const list = keys.get(table);
            if (list) list.push(key);
            else keys.set(table, [key]);
          };
          if (doc) caseTables.forEach((table) => doc.getMap(table).forEach((_fields, key) => add(table, storageKeyOf(table, key))));
          const waiting = (await db.syncOutbox.toArray()).filter((entry) => entry.doc === name);
          waiting.forEach((entry) => add(entry.table as SyncedTable, entry.key));
          await db.transaction('rw', [db.syncOutbox, db.syncUpdates, db.meta, ...caseTables.map((table) => db.table(table))], async (tx) => {
            outbox.markFromDocuments(tx.idbtrans);
            for (const [table, tableKeys] of keys) await db.table(table).bulkDelete(tableKeys);
            await db.syncOutbox.bulkDelete(waiting.map((entry) => entry.id!));
            await db.syncUpdates.where('doc').equals(name).delete();
            await savePending(new Set([...pending].filter((pendingName) => pendingName !== name)));
          });
          keys.forEach((_keys, table) => projected.add(table));
          unstored.splice(0, unstored.length, ...unstored.filter((update) => update.doc !== name));
          remote.delete(name);
          docs.delete(name);
          doc?.destroy();
        }),
      );
    },
    stop(): void {
      outbox.setCapturing(false);
      started = false;
      globalThis.removeEventListener?.('pagehide', storeBeforeLeaving);
      idleProjection?.();
      idleProjection = null;
      docs.forEach((doc) => doc.destroy());
      docs.clear();
      remote.clear();
      forgotten.clear();
      unstored.length = 0;
    },
    /** Stops and forgets the documents and what was still to be shared: back to working alone. */
    async discard(): Promise<void> {
      await this.settled();
      this.stop();
      await db.transaction('rw', [db.meta, db.syncOutbox, db.syncUpdates], async () => {
        await db.meta.delete(pendingKey);
        await db.syncOutbox.clear();
        await db.syncUpdates.clear();
      });
      pending = new Set();
      pendingListeners.forEach((listener) => listener());
    },
  };
}

export type SyncEngine = ReturnType<typeof createSyncEngine>;

function outboxEntry(table: SyncedTable, row: StoredRecord, caseOfNote: (noteId: string) => string | undefined): SyncOutboxEntry[] {
  const doc = documentOfRecord(table, row, caseOfNote);
  const key = backupTables[table].key.map((field) => row[field]);
  return doc ? [{ doc, table, key: (key.length === 1 ? key[0] : key) as IndexableType, recordKey: recordKey(table, row), fields: null }] : [];
}

function groupByDocument(entries: SyncOutboxEntry[]): Map<string, SyncOutboxEntry[]> {
  const groups = new Map<string, SyncOutboxEntry[]>();
  for (const entry of entries) {
    const group = groups.get(entry.doc);
    if (group) group.push(entry);
    else groups.set(entry.doc, [entry]);
  }
  return groups;
}
