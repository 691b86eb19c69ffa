import { sectionKeys } from '../advice/sectionKeys';
import type { StoredRecord } from './recordMap';

/*
 * A rich text that several people type in at once. Its field in the record
 * (last writer wins, like every field) would keep one person's version of a
 * note both typed in; the text itself is therefore a Y.XmlFragment that the
 * editors change character by character, and the field is what the fragment
 * said when it was last read. The fragment is a top-level type named after
 * the record and the field, so two machines that start it apart merge
 * instead of replacing each other's.
 */
export const sharedTexts = {
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

export const sharedTextPrefix = 'text:';

export const sharedTextName = ({ table, key, path }: SharedTextRef): string => `${sharedTextPrefix}${table}:${key}:${path}`;

export const hasSharedText = (table: string): table is SharedTextTable => Object.hasOwn(sharedTexts, table);

export function parseSharedTextName(name: string): SharedTextRef | null {
  if (!name.startsWith(sharedTextPrefix)) return null;
  const [table, key, path, ...rest] = name.slice(sharedTextPrefix.length).split(':');
  if (!table || !key || !path || rest.length > 0 || !hasSharedText(table)) return null;
  return (sharedTexts[table].paths as readonly string[]).includes(path) ? { table, key, path } : null;
}
