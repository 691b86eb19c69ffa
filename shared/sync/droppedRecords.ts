import { deepEqual } from 'fast-equals';
import * as Y from 'yjs';
import { versionSummarySchema } from '../advice/adviceSchema';
import { appendVersions } from '../advice/versionLists';
import { isBlankDoc } from '../cases/blankDoc';
import { richTextSchema } from '../cases/caseSchema';
import type { OverwrittenValue } from './fieldConflicts';
import { isRecordField, tableMap } from './recordMap';
import { keptInSharedText } from './sharedText';
import type { SyncedTable } from './syncedTables';

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

/** What carrying a dropped record over did: the field conflicts to keep, and other records it changed, to be projected too. */
export interface DroppedRecordMerge {
  conflicts: OverwrittenValue[];
  changed: { table: SyncedTable; key: string }[];
}

const versionListSchema = versionSummarySchema.array();

/**
 * An advice's list of versions is merged, not chosen between: each machine's
 * first version is a record of its own, and a list that left one out would
 * leave that text unreachable. The versions that follow the kept list get
 * their new numbers in their own records too, and the latest is the last.
 */
function mergeVersionLists(doc: Y.Doc, kept: Y.Map<unknown>, dropped: unknown): DroppedRecordMerge['changed'] {
  const current = versionListSchema.safeParse(kept.get('versions'));
  const other = versionListSchema.safeParse(dropped);
  if (!current.success || !other.success) return [];
  const merged = appendVersions(current.data, other.data);
  if (merged.length === current.data.length) return [];
  const last = merged.at(-1)!;
  kept.set('versions', merged);
  kept.set('latest', { number: last.number, status: last.status });
  const versions = tableMap(doc, 'adviceVersions');
  return merged.slice(current.data.length).flatMap(({ id, number }) => {
    const version = versions.get(id);
    if (!(version instanceof Y.Map)) return [];
    version.set('number', number);
    return [{ table: 'adviceVersions' as const, key: id }];
  });
}

/** An advice's `latest` repeats its list of versions, so it follows the merged list rather than competing with it. */
const derivedFields: Record<string, ReadonlySet<string>> = { advices: new Set(['latest']) };

/**
 * Carries a dropped record's fields over into the record kept under its key:
 * an empty field of the kept record takes the dropped value; a field both
 * filled in differently keeps its value and answers the dropped one, to be
 * kept as a field conflict. A rich text typed in its shared text needs
 * neither: both machines' typing is in the fragment. An advice's versions
 * are merged (mergeVersionLists).
 */
export function mergeDroppedRecord(doc: Y.Doc, dropped: DroppedRecord): DroppedRecordMerge {
  const kept = tableMap(doc, dropped.table).get(dropped.key);
  const merge: DroppedRecordMerge = { conflicts: [], changed: [] };
  if (!(kept instanceof Y.Map)) return merge;
  for (const { field, value, write, client } of dropped.fields) {
    if (bookkeepingFields.has(field) || derivedFields[dropped.table]?.has(field) || isEmptyValue(value)) continue;
    if (dropped.table === 'advices' && field === 'versions') {
      merge.changed.push(...mergeVersionLists(doc, kept, value));
      continue;
    }
    const current = kept.get(field);
    if (deepEqual(current, value) || keptInSharedText(doc, dropped.table, dropped.key, field)) continue;
    if (isEmptyValue(current)) kept.set(field, value);
    else merge.conflicts.push({ id: [dropped.table, dropped.key, field, write].join('\u001f'), table: dropped.table, key: dropped.key, field, value, client });
  }
  return merge;
}
