import { deepEqual } from 'fast-equals';
import * as Y from 'yjs';

/*
 * How a record sits in a Yjs document: each table is a top-level map (so two
 * machines that start the same table merge instead of replacing each other),
 * each record a map of its fields under the record's key. Fields are plain
 * JSON values, so two people who change different fields of one record both
 * keep their change, and for one field the last writer wins.
 */
export type StoredRecord = Record<string, unknown>;

export const tableMap = (doc: Y.Doc, table: string): Y.Map<Y.Map<unknown>> => doc.getMap(table);

export function readRecord(doc: Y.Doc, table: string, key: string): StoredRecord | null {
  const fields = tableMap(doc, table).get(key);
  return fields instanceof Y.Map ? (fields.toJSON() as StoredRecord) : null;
}

/** Every record of a table in a document, by key. */
export function readTable(doc: Y.Doc, table: string): Map<string, StoredRecord> {
  const records = new Map<string, StoredRecord>();
  tableMap(doc, table).forEach((fields, key) => {
    if (fields instanceof Y.Map) records.set(key, fields.toJSON() as StoredRecord);
  });
  return records;
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

export function deleteRecord(doc: Y.Doc, table: string, key: string): void {
  const records = tableMap(doc, table);
  if (records.has(key)) records.delete(key);
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
