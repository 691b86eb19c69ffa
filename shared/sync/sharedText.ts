import { yXmlFragmentToProsemirrorJSON } from '@tiptap/y-tiptap';
import type * as Y from 'yjs';
import { sectionKeys } from '../advice/adviceSchema';
import { richTextSchema, type RichText } from '../cases/caseSchema';
import { readRecord, type StoredRecord } from './recordMap';

/*
 * A rich text that several people type in at once. Its field in the record
 * (last writer wins, like every field) would keep one person's version of a
 * note both typed in; the text itself is therefore a Y.XmlFragment that the
 * editors change character by character, and the field is what the fragment
 * said when it was last read. The fragment is a top-level type named after
 * the record and the field, so two machines that start it apart merge
 * instead of replacing each other's.
 */
const sharedTexts = {
  notes: { paths: ['doc'], open: () => true },
  caseDescriptions: { paths: ['doc'], open: () => true },
  // Only a draft is typed in: an issued text is the server's and stays as the record says, whatever a fragment holds.
  adviceVersions: { paths: sectionKeys.map((key) => `sections.${key}`), open: (record: StoredRecord) => record.status === 'draft' },
} as const satisfies Record<string, { paths: readonly string[]; open(record: StoredRecord): boolean }>;

export type SharedTextTable = keyof typeof sharedTexts;

/** Which rich text of which record: a field, or a field inside one ("sections.context"). */
export interface SharedTextRef {
  table: SharedTextTable;
  key: string;
  path: string;
}

const prefix = 'text:';

export const sharedTextName = ({ table, key, path }: SharedTextRef): string => `${prefix}${table}:${key}:${path}`;

export const hasSharedText = (table: string): table is SharedTextTable => Object.hasOwn(sharedTexts, table);

export function parseSharedTextName(name: string): SharedTextRef | null {
  if (!name.startsWith(prefix)) return null;
  const [table, key, path, ...rest] = name.slice(prefix.length).split(':');
  if (!table || !key || !path || rest.length > 0 || !hasSharedText(table)) return null;
  return (sharedTexts[table].paths as readonly string[]).includes(path) ? { table, key, path } : null;
}

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
  const [field, inner] = path.split('.') as [string, string | undefined];
  if (inner === undefined) return { ...record, [field]: value };
  const container = record[field];
  return { ...record, [field]: { ...(typeof container === 'object' && container !== null ? container : {}), [inner]: value } };
}

/** A record as the screens should see it: a shared text's field says what its fragment says now. */
export function readRecordWithText(doc: Y.Doc, table: string, key: string): StoredRecord | null {
  const record = readRecord(doc, table, key);
  if (!record || !hasSharedText(table) || !sharedTexts[table].open(record)) return record;
  return sharedTexts[table].paths.reduce<StoredRecord>((current, path) => {
    const text = readSharedText(doc, { table, key, path });
    return text ? withValueAt(current, path, text) : current;
  }, record);
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
    if (parsed) touched.set(`${parsed.table}:${parsed.key}`, { table: parsed.table, key: parsed.key });
  });
  return [...touched.values()];
}
