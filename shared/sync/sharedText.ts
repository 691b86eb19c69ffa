import { yXmlFragmentToProsemirrorJSON } from '@tiptap/y-tiptap';
import { deepEqual } from 'fast-equals';
import * as Y from 'yjs';
import { richTextSchema, type RichText } from '../cases/caseSchema';
import type { OverwrittenValue } from './fieldConflicts';
import { readRecord, tableMap, type StoredRecord } from './recordMap';
import { hasSharedText, parseSharedTextName, sharedTextName, sharedTextPrefix, sharedTexts, type SharedTextRef, type SharedTextTable } from './sharedTextNames';

/** The text as its fragment holds it; null for a fragment nobody has typed in yet (the field is then the text). */
export function readSharedText(doc: Y.Doc, ref: SharedTextRef): RichText | null {
  const name = sharedTextName(ref);
  if (!doc.share.has(name)) return null;
  const fragment = doc.getXmlFragment(name);
  if (fragment.length === 0) return null;
  const text = richTextSchema.safeParse(yXmlFragmentToProsemirrorJSON(fragment));
  return text.success ? text.data : null;
}

function withValueAt(record: StoredRecord, path: string, value: RichText): StoredRecord {
  const [field, inner, itemField] = path.split('.') as [string, string | undefined, string | undefined];
  if (inner === undefined) return { ...record, [field]: value };
  const container = record[field];
  if (itemField !== undefined) {
    // An item's text: the item whose id it names, wherever the list now has it; a removed item stays removed.
    if (!Array.isArray(container)) return record;
    const items: unknown[] = container;
    return { ...record, [field]: items.map((item) => (typeof item === 'object' && item !== null && 'id' in item && item.id === inner ? { ...item, [itemField]: value } : item)) };
  }
  return { ...record, [field]: { ...(typeof container === 'object' && container !== null ? container : {}), [inner]: value } };
}

function valueAt(record: StoredRecord, path: string): unknown {
  const [field, inner, itemField] = path.split('.') as [string, string | undefined, string | undefined];
  const container = record[field];
  if (inner === undefined) return container;
  if (itemField !== undefined) {
    const items: unknown[] = Array.isArray(container) ? container : [];
    const item = items.find((candidate) => typeof candidate === 'object' && candidate !== null && 'id' in candidate && candidate.id === inner);
    return typeof item === 'object' && item !== null ? (item as Record<string, unknown>)[itemField] : undefined;
  }
  return typeof container === 'object' && container !== null ? (container as Record<string, unknown>)[inner] : undefined;
}

/**
 * The shared texts a record has here that someone typed in, each with what
 * the record itself says (null where it says no valid text): what they hold
 * once the record replaces an older one as a whole.
 */
export function typedSharedTexts(doc: Y.Doc, table: string, key: string, record: StoredRecord): { name: string; value: RichText | null }[] {
  if (!hasSharedText(table) || !sharedTexts[table].open(record)) return [];
  return sharedTexts[table].paths(record).flatMap((path) => {
    const name = sharedTextName({ table, key, path });
    if (!doc.share.has(name) || doc.getXmlFragment(name).length === 0) return [];
    const value = richTextSchema.safeParse(valueAt(record, path));
    return [{ name, value: value.success ? value.data : null }];
  });
}

/** A record as the screens should see it: a shared text's field says what its fragment says now. */
export function readRecordWithText(doc: Y.Doc, table: string, key: string): StoredRecord | null {
  const record = readRecord(doc, table, key);
  if (!record || !hasSharedText(table) || !sharedTexts[table].open(record)) return record;
  return sharedTexts[table].paths(record).reduce<StoredRecord>((current, path) => {
    const text = readSharedText(doc, { table, key, path });
    return text ? withValueAt(current, path, text) : current;
  }, record);
}

/** The records whose shared text a transaction changed, found from the changed types up to their fragment. */
export function touchedSharedTexts(transaction: Y.Transaction): { table: SharedTextTable; key: string }[] {
  const names = new Map<unknown, string>();
  transaction.doc.share.forEach((type, name) => {
    if (name.startsWith(sharedTextPrefix)) names.set(type, name);
  });
  if (names.size === 0) return [];
  const touched = new Map<string, { table: SharedTextTable; key: string }>();
  transaction.changed.forEach((_keys, type) => {
    let top = type;
    while (top._item) top = top._item.parent as typeof top;
    const name = names.get(top);
    const parsed = name ? parseSharedTextName(name) : null;
    if (parsed) touched.set(`${parsed.table}:${parsed.key}`, { table: parsed.table, key: parsed.key });
  });
  return [...touched.values()];
}

/**
 * The fields of `row` to write into its record, from `fields` (null: every
 * field, and those the row lacks removed). A field that holds shared texts is
 * left out when the record already shows what the row says: its fragments
 * say it, and writing the field again would send the whole text through the
 * board at every save of an editor typing in them (a note of fifty pages
 * every few seconds) for nothing anyone could see.
 */
export function fieldsToWrite(doc: Y.Doc, table: string, key: string, row: StoredRecord, fields: readonly string[] | null): readonly string[] | null {
  if (!hasSharedText(table)) return fields;
  const shown = readRecordWithText(doc, table, key);
  if (!shown || !sharedTexts[table].open(shown)) return fields;
  const textFields = new Set(sharedTexts[table].paths(shown).map((path) => path.split('.')[0]!));
  const stored = tableMap(doc, table).get(key);
  // Every field, as writeRecord takes null: the row's, and the record's the row lacks (removed by the write).
  const candidates = fields ?? [...new Set([...Object.keys(row), ...(stored instanceof Y.Map ? stored.keys() : [])])];
  const kept = candidates.filter((field) => !textFields.has(field) || !deepEqual(shown[field], row[field]));
  return kept.length === candidates.length ? fields : kept;
}

/**
 * Of the values a write would overwrite, those the record does not show as
 * it was before the edit or as the edit makes it. A shared text shows its
 * fragment, which keeps everyone's typing whatever its field last held: a
 * field left behind by the fragment is no value anyone loses.
 */
export function lostToWrite(doc: Y.Doc, table: string, key: string, values: readonly OverwrittenValue[], next: StoredRecord, before: StoredRecord): OverwrittenValue[] {
  if (values.length === 0 || !hasSharedText(table)) return [...values];
  const shown = readRecordWithText(doc, table, key);
  if (!shown) return [...values];
  return values.filter(({ field }) => !deepEqual(shown[field], before[field]) && !deepEqual(shown[field], next[field]));
}

/**
 * Whether both machines' typing in this field is already kept in its shared
 * text (a fragment someone typed in). Not for a list of items with texts: an
 * item the other machine added has no fragment here and is kept by the merge.
 */
export function keptInSharedText(doc: Y.Doc, table: string, key: string, field: string): boolean {
  if (!hasSharedText(table)) return false;
  const record = readRecord(doc, table, key);
  if (!record || !sharedTexts[table].open(record)) return false;
  const paths = sharedTexts[table].paths(record).filter((path) => {
    const parts = path.split('.');
    return parts[0] === field && parts.length <= 2;
  });
  return paths.length > 0 && paths.every((path) => readSharedText(doc, { table, key, path }) !== null);
}
