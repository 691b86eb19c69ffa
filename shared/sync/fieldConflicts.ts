import { deepEqual } from 'fast-equals';
import * as Y from 'yjs';
import { z } from 'zod';
import { isRecordField, readRecord } from './recordMap';

/*
 * The same field written on two machines while apart: Yjs keeps one value,
 * the same on every machine, and drops the other. The dropped value is kept
 * in the document itself, so every machine shows the same conflict, a machine
 * that joins later sees it too, and whoever settles it settles it for all.
 * An entry is named by the lost write's Yjs id, so machines that notice the
 * same loss write the same entry; a settled one is listed apart and never
 * taken out, so a late machine that notices the loss again cannot reopen it.
 */
const conflictsName = 'fieldConflicts';
const settledName = 'fieldConflictsSettled';
/** Who wrote under which Yjs client id (one per session on a machine), so a kept value can name its writer. */
const writersName = 'writers';

/** A value that lost to a concurrent write of the same field, as found in one transaction. */
export interface OverwrittenValue {
  id: string;
  table: string;
  key: string;
  field: string;
  value: unknown;
  /** The Yjs client id that wrote it. */
  client: number;
}

/** A kept value as the screens show it: `by` is the writer's name when the document knows it. */
export interface FieldConflict {
  id: string;
  table: string;
  key: string;
  field: string;
  value: unknown;
  by: string | null;
  at: string;
}

const keptEntrySchema = z.object({ table: z.string(), key: z.string(), field: z.string(), value: z.unknown(), client: z.number(), at: z.string() });

const idText = (id: Y.ID) => `${id.client}:${id.clock}`;
/** When a record last changed is nobody's value to choose between: the later write's time stands. */
const bookkeepingFields = new Set(['updatedAt']);

/**
 * The field values a transaction overwrote without their writer having seen
 * the value that replaced them: writes made apart, not one after the other.
 * Each write of a field points at the value its writer saw (its origin), so a
 * value nobody's write points at, dropped in this transaction, was lost to a
 * concurrent one. Must run before the transaction's cleanup (Yjs then clears
 * the content of what was dropped): in `afterTransaction`.
 */
export function overwrittenValues(transaction: Y.Transaction, tables: readonly string[]): OverwrittenValue[] {
  const tableOf = new Map<unknown, string>();
  for (const table of tables) {
    const type = transaction.doc.share.get(table);
    if (type) tableOf.set(type, table);
  }
  const lost: OverwrittenValue[] = [];
  transaction.changed.forEach((fields, type) => {
    const item = type._item;
    const table = item ? tableOf.get(item.parent) : undefined;
    // A removed record takes its fields with it: that is no field's conflict.
    if (!item || !table || item.deleted || !item.parentSub) return;
    const key = item.parentSub;
    fields.forEach((field) => {
      const current = field === null ? undefined : type._map.get(field);
      if (!current || field === null || !isRecordField(field) || bookkeepingFields.has(field)) return;
      const chain: Y.Item[] = [];
      for (let at: Y.Item | null = current; at !== null; at = at.left) chain.push(at);
      // Cheap first: a value dropped here whose content is still there. A state taken in whole (a new device) has none.
      const dropped = chain.filter((write) => write.deleted && write.content instanceof Y.ContentAny && Y.isDeleted(transaction.deleteSet, write.id));
      if (dropped.length === 0) return;
      const seen = new Set(chain.flatMap((write) => (write.origin ? [idText(write.origin)] : [])));
      const winner: unknown = current.deleted ? undefined : current.content.getContent()[0];
      for (const write of dropped) {
        if (seen.has(idText(write.lastId))) continue;
        const value: unknown = write.content.getContent()[0];
        if (deepEqual(value, winner)) continue;
        lost.push({ id: [table, key, field, idText(write.id)].join('\u001f'), table, key, field, value, client: write.id.client });
      }
    });
  });
  return lost;
}

/**
 * The values another machine wrote into fields that this machine changed
 * before it had seen them (a change from the server that arrived between
 * this machine's edit and its going into the document): the edit about to be
 * written would overwrite them unseen. `before` is what the fields held when
 * the edit was made here.
 */
export function valuesAboutToBeOverwritten(doc: Y.Doc, table: string, key: string, next: Record<string, unknown>, before: Record<string, unknown>): OverwrittenValue[] {
  const fields = doc.getMap<Y.Map<unknown>>(table).get(key);
  if (!(fields instanceof Y.Map)) return [];
  return Object.keys(before).flatMap((field) => {
    const current = fields._map.get(field);
    if (!current || current.deleted || !isRecordField(field) || bookkeepingFields.has(field)) return [];
    const value: unknown = current.content.getContent()[0];
    if (deepEqual(value, before[field]) || deepEqual(value, next[field])) return [];
    return [{ id: [table, key, field, idText(current.id)].join('\u001f'), table, key, field, value, client: current.id.client }];
  });
}

/** Keeps lost values in the document; `at` is when this machine noticed them. */
export function keepOverwritten(doc: Y.Doc, values: readonly OverwrittenValue[], at: string): void {
  const conflicts = doc.getMap<unknown>(conflictsName);
  const settled = doc.getMap<unknown>(settledName);
  for (const { id, table, key, field, value, client } of values) {
    if (!conflicts.has(id) && !settled.has(id)) conflicts.set(id, { table, key, field, value, client, at });
  }
}

/** Names this session's writes in the document, once, so a kept value can say whose it was. */
export function nameWriter(doc: Y.Doc, name: string): void {
  const writers = doc.getMap<unknown>(writersName);
  if (writers.get(String(doc.clientID)) !== name) writers.set(String(doc.clientID), name);
}

/**
 * The kept values still open: not settled, their record still there, and
 * its field not since set to the same value (someone typed it in again).
 */
export function openFieldConflicts(doc: Y.Doc): FieldConflict[] {
  if (!doc.share.has(conflictsName)) return [];
  const settled = doc.getMap<unknown>(settledName);
  const writers = doc.getMap<unknown>(writersName);
  const open: FieldConflict[] = [];
  doc.getMap<unknown>(conflictsName).forEach((stored, id) => {
    const kept = keptEntrySchema.safeParse(stored);
    if (settled.has(id) || !kept.success) return;
    const entry = kept.data;
    const record = readRecord(doc, entry.table, entry.key);
    if (!record || deepEqual(record[entry.field], entry.value)) return;
    const by = writers.get(String(entry.client));
    open.push({ id, table: entry.table, key: entry.key, field: entry.field, value: entry.value, by: typeof by === 'string' ? by : null, at: entry.at });
  });
  return open.sort((a, b) => a.at.localeCompare(b.at) || a.id.localeCompare(b.id));
}

/** Marks a kept value as dealt with, whether its value was taken or left. */
export function settleFieldConflict(doc: Y.Doc, id: string, at: string): void {
  const settled = doc.getMap<unknown>(settledName);
  if (!settled.has(id)) settled.set(id, { at });
}

