import { deepEqual } from 'fast-equals';
import * as Y from 'yjs';
import { isBlankDoc } from '../cases/blankDoc';
import { richTextSchema } from '../cases/caseSchema';
import type { OverwrittenValue } from './fieldConflicts';
import { isRecordField, tableMap } from './recordMap';
import { keptInSharedText } from './sharedText';

/*
 * A record whose key every machine knows before it exists (a case's
 * description, board composition and advice are keyed by the case; the first
 * note of an agenda item has one id everywhere) can be created on two machines
 * while apart. Each sets a new map under the same key, and Yjs keeps one map,
 * the same on every machine, and drops the other whole. The machine that held
 * the dropped map sees it whole once, while the change that drops it is
 * applied (the server and a machine joining later receive it already
 * dropped), so that machine carries its fields over into the kept record:
 * what the kept record lacks or left empty is filled in, and a field both
 * filled in differently keeps the kept value and the other as a field
 * conflict (fieldConflicts.ts), shown like any other. Every machine that sees
 * the drop writes the same values and names each conflict by the same write,
 * so they end alike, and one that joins later receives the result.
 */

/** One field of a dropped record map: its value and the Yjs write that put it there. */
interface DroppedField {
  field: string;
  value: unknown;
  write: string;
  client: number;
}

/** A record map another machine's map for the same key replaced while the two were apart. */
export interface DroppedRecord {
  table: string;
  key: string;
  fields: DroppedField[];
}

/** When a record was made or last changed is nobody's value to choose between: the kept record's stands. */
const bookkeepingFields = new Set(['createdAt', 'updatedAt']);

const idText = (id: Y.ID) => `${id.client}:${id.clock}`;

/**
 * The record maps a transaction dropped for a concurrent map under the same
 * key: a map the kept one's writer had not seen (a map replaced after being
 * seen was replaced on purpose). Must run before the transaction's cleanup, as
 * `overwrittenValues`: in `afterTransaction`.
 */
export function droppedRecords(transaction: Y.Transaction, tables: readonly string[]): DroppedRecord[] {
  const found: DroppedRecord[] = [];
  for (const table of tables) {
    const type = transaction.doc.share.get(table);
    const keys = type ? transaction.changed.get(type) : undefined;
    if (!type || !keys) continue;
    keys.forEach((key) => {
      const current = key === null ? undefined : type._map.get(key);
      if (key === null || !current || current.deleted || !(current.content instanceof Y.ContentType)) return;
      const chain: Y.Item[] = [];
      for (let at: Y.Item | null = current.left; at !== null; at = at.left) chain.push(at);
      const seen = new Set([current, ...chain].flatMap((write) => (write.origin ? [idText(write.origin)] : [])));
      for (const write of chain) {
        if (!write.deleted || !Y.isDeleted(transaction.deleteSet, write.id) || seen.has(idText(write.lastId))) continue;
        if (!(write.content instanceof Y.ContentType) || !(write.content.type instanceof Y.Map)) continue;
        found.push({ table, key, fields: fieldsOf(write.content.type as Y.Map<unknown>, transaction) });
      }
    });
  }
  return found;
}

/** What a dropped map held just before the transaction: its fields' writes that were dropped with it. */
function fieldsOf(map: Y.Map<unknown>, transaction: Y.Transaction): DroppedField[] {
  const fields: DroppedField[] = [];
  map._map.forEach((item, field) => {
    if (!isRecordField(field) || !(item.content instanceof Y.ContentAny) || !Y.isDeleted(transaction.deleteSet, item.id)) return;
    fields.push({ field, value: item.content.getContent()[0], write: idText(item.id), client: item.id.client });
  });
  return fields;
}

/** A value that holds nothing a person entered: no text, an empty list, a blank rich text, or only such parts. */
export function isEmptyValue(value: unknown): boolean {
  if (value === null || value === undefined || value === '') return true;
  if (Array.isArray(value)) return value.length === 0;
  if (typeof value !== 'object') return false;
  const text = richTextSchema.safeParse(value);
  if (text.success) return isBlankDoc(text.data);
  return Object.values(value).every(isEmptyValue);
}

/**
 * Carries a dropped record's fields over into the record kept under its key:
 * an empty field of the kept record takes the dropped value; a field both
 * filled in differently keeps its value and answers the dropped one, to be
 * kept as a field conflict. A rich text typed in its shared text needs
 * neither: both machines' typing is in the fragment.
 */
export function mergeDroppedRecord(doc: Y.Doc, dropped: DroppedRecord): OverwrittenValue[] {
  const kept = tableMap(doc, dropped.table).get(dropped.key);
  if (!(kept instanceof Y.Map)) return [];
  const conflicts: OverwrittenValue[] = [];
  for (const { field, value, write, client } of dropped.fields) {
    if (bookkeepingFields.has(field) || isEmptyValue(value)) continue;
    const current = kept.get(field);
    if (deepEqual(current, value) || keptInSharedText(doc, dropped.table, dropped.key, field)) continue;
    if (isEmptyValue(current)) kept.set(field, value);
    else conflicts.push({ id: [dropped.table, dropped.key, field, write].join('\u001f'), table: dropped.table, key: dropped.key, field, value, client });
  }
  return conflicts;
}
