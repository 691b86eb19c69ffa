import { deepEqual } from 'fast-equals';
import * as Y from 'yjs';
import { z } from 'zod';

/*
 * How a record sits in a Yjs document: each table is a top-level map (so two
 * machines that start the same table merge instead of replacing each other),
 * each record a map of its fields under the record's key. Fields are plain
 * JSON values, so two people who change different fields of one record both
 * keep their change, and for one field the last writer wins.
 */
export type StoredRecord = Record<string, unknown>;

export const tableMap = (doc: Y.Doc, table: string): Y.Map<Y.Map<unknown>> => doc.getMap(table);

/*
 * A removal is a mark in the record, not the record taken out of its table:
 * taking it out would take along an edit another machine made to it while
 * apart, unseen. The mark names the writes of the fields it saw; a field
 * written that it did not see (an edit made elsewhere at the same time) keeps
 * the record, and the removal is shown as a conflict. Never a field of a
 * record: no schema has a name starting with '$'.
 */
const removalField = '$removed';
/** Whether a key of a record's map is one of the record's fields (and not its removal mark). */
export const isRecordField = (name: string): boolean => name !== removalField;
const removalSchema = z.object({ seen: z.array(z.string()), at: z.string(), by: z.string().nullable() });
/** Who removed a record, and when, as the mark says. */
export type Removal = Omit<z.infer<typeof removalSchema>, 'seen'>;

const writeId = (item: Y.Item) => `${item.id.client}:${item.id.clock}`;

/** The record's removal mark, with whether it saw every write of its fields (then the record is gone). */
function removalOf(fields: Y.Map<unknown>): { removal: Removal; stands: boolean } | null {
  if (!fields.has(removalField)) return null;
  const parsed = removalSchema.safeParse(fields.get(removalField));
  if (!parsed.success) return null;
  const seen = new Set(parsed.data.seen);
  let stands = true;
  fields._map.forEach((item, field) => {
    if (field !== removalField && !item.deleted && !seen.has(writeId(item))) stands = false;
  });
  return { removal: { at: parsed.data.at, by: parsed.data.by }, stands };
}

function recordOf(fields: unknown): StoredRecord | null {
  if (!(fields instanceof Y.Map)) return null;
  const removal = removalOf(fields);
  if (removal?.stands) return null;
  const record = fields.toJSON() as StoredRecord;
  delete record[removalField];
  return record;
}

export function readRecord(doc: Y.Doc, table: string, key: string): StoredRecord | null {
  return recordOf(tableMap(doc, table).get(key));
}

/** Every record of a table in a document, by key. */
export function readTable(doc: Y.Doc, table: string): Map<string, StoredRecord> {
  const records = new Map<string, StoredRecord>();
  tableMap(doc, table).forEach((fields, key) => {
    const record = recordOf(fields);
    if (record) records.set(key, record);
  });
  return records;
}

/** A removal another machine made that met an edit of the record: the record stays until someone decides. */
export interface RemovalConflict extends Removal {
  table: string;
  key: string;
}

/** The records of these tables that were removed elsewhere while changed here (or the reverse), and stay for now. */
export function removalConflicts(doc: Y.Doc, tables: readonly string[]): RemovalConflict[] {
  const found: RemovalConflict[] = [];
  for (const table of tables) {
    if (!doc.share.has(table)) continue;
    tableMap(doc, table).forEach((fields, key) => {
      const removal = fields instanceof Y.Map ? removalOf(fields) : null;
      if (removal && !removal.stands) found.push({ table, key, ...removal.removal });
    });
  }
  return found;
}

/** Keeps a record whose removal met an edit: the mark goes, the record stays on every machine. */
export function keepRecord(doc: Y.Doc, table: string, key: string): void {
  const fields = tableMap(doc, table).get(key);
  if (fields instanceof Y.Map && fields.has(removalField)) fields.delete(removalField);
}

/**
 * Writes the named fields of a record (all of them when `fields` is null);
 * a field whose value is already there is left alone, so writing back what
 * came from the document changes nothing.
 */
export function writeRecord(doc: Y.Doc, table: string, key: string, record: StoredRecord, fields: readonly string[] | null): void {
  const records = tableMap(doc, table);
  let stored = records.get(key);
  if (!(stored instanceof Y.Map)) {
    stored = new Y.Map<unknown>();
    records.set(key, stored);
  }
  const target = stored;
  for (const field of fields ?? Object.keys(record)) {
    if (!Object.hasOwn(record, field) || record[field] === undefined) {
      if (target.has(field)) target.delete(field);
    } else if (!deepEqual(target.get(field), record[field])) {
      target.set(field, record[field]);
    }
  }
  if (fields === null) {
    for (const field of [...target.keys()]) if (!Object.hasOwn(record, field)) target.delete(field);
  }
}

/** Marks a record removed, with every write of its fields this machine has seen. */
export function deleteRecord(doc: Y.Doc, table: string, key: string, removal: Removal): void {
  const fields = tableMap(doc, table).get(key);
  if (!(fields instanceof Y.Map)) return;
  const seen: string[] = [];
  fields._map.forEach((item, field) => {
    if (field !== removalField && !item.deleted) seen.push(writeId(item));
  });
  fields.set(removalField, { seen, ...removal });
}

/** The records a change touched, as table and key, from one transaction of a document. */
export function touchedRecords(transaction: Y.Transaction, tables: readonly string[]): { table: string; key: string }[] {
  // The types as the document holds them: a table first met in a remote update is not yet typed as a map.
  const tableOf = new Map<unknown, string>();
  for (const table of tables) {
    const type = transaction.doc.share.get(table);
    if (type) tableOf.set(type, table);
  }
  const touched = new Map<string, { table: string; key: string }>();
  const add = (table: string, key: string) => touched.set(`${table}\u0000${key}`, { table, key });
  transaction.changed.forEach((keys, type) => {
    const table = tableOf.get(type);
    if (table) {
      keys.forEach((key) => key !== null && add(table, key));
      return;
    }
    const parentTable = tableOf.get(type.parent);
    const key = type._item?.parentSub;
    if (parentTable && key) add(parentTable, key);
  });
  return [...touched.values()];
}
