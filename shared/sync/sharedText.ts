import { yXmlFragmentToProsemirrorJSON } from '@tiptap/y-tiptap';
import type * as Y from 'yjs';
import { richTextSchema, type RichText } from '../cases/caseSchema';
import { readRecord, type StoredRecord } from './recordMap';

/*
 * A rich text that several people type in at once. Its field in the record
 * (last writer wins, like every field) would keep one person's version of a
 * note both typed in; the text itself is therefore a Y.XmlFragment that the
 * editors change character by character, and the field is what the fragment
 * said when it was last read. The fragment is a top-level type named after
 * the record, so two machines that start it apart merge instead of replacing
 * each other's.
 */
export const sharedTextFields = { notes: 'doc', caseDescriptions: 'doc' } as const satisfies Record<string, string>;

export type SharedTextTable = keyof typeof sharedTextFields;

const prefix = 'text:';

export const sharedTextName = (table: SharedTextTable, key: string): string => `${prefix}${table}:${key}`;

export function parseSharedTextName(name: string): { table: SharedTextTable; key: string } | null {
  if (!name.startsWith(prefix)) return null;
  const [table, key] = name.slice(prefix.length).split(':');
  return table && key && Object.hasOwn(sharedTextFields, table) ? { table: table as SharedTextTable, key } : null;
}

export const hasSharedText = (table: string): table is SharedTextTable => Object.hasOwn(sharedTextFields, table);

/** The text as its fragment holds it; null for a fragment nobody has typed in yet (the field is then the text). */
export function readSharedText(doc: Y.Doc, table: SharedTextTable, key: string): RichText | null {
  const name = sharedTextName(table, key);
  if (!doc.share.has(name)) return null;
  const fragment = doc.getXmlFragment(name);
  if (fragment.length === 0) return null;
  const text = richTextSchema.safeParse(yXmlFragmentToProsemirrorJSON(fragment));
  return text.success ? text.data : null;
}

/** A record as the screens should see it: a shared text's field says what its fragment says now. */
export function readRecordWithText(doc: Y.Doc, table: string, key: string): StoredRecord | null {
  const record = readRecord(doc, table, key);
  if (!record || !hasSharedText(table)) return record;
  const text = readSharedText(doc, table, key);
  return text ? { ...record, [sharedTextFields[table]]: text } : record;
}

/** The records whose shared text a transaction changed, found from the changed types up to their fragment. */
export function touchedSharedTexts(transaction: Y.Transaction): { table: SharedTextTable; key: string }[] {
  const names = new Map<unknown, string>();
  transaction.doc.share.forEach((type, name) => {
    if (name.startsWith(prefix)) names.set(type, name);
  });
  if (names.size === 0) return [];
  const touched = new Map<string, { table: SharedTextTable; key: string }>();
  transaction.changed.forEach((_keys, type) => {
    let top = type;
    while (top._item) top = top._item.parent as typeof top;
    const name = names.get(top);
    const parsed = name ? parseSharedTextName(name) : null;
    if (name && parsed) touched.set(name, parsed);
  });
  return [...touched.values()];
}
