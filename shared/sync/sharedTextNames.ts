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
const docPath = { paths: () => ['doc'], isPath: (path: string) => path === 'doc', open: () => true };
const sectionPaths = sectionKeys.map((key) => `sections.${key}`);
/** A recommendation's text is found by the recommendation's id, so it stays its own when the list is reordered. */
export const recommendationPath = (id: string) => `recommendations.${id}.text`;
const recommendationPathPattern = /^recommendations\.[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}\.text$/i;

function recommendationIds(record: StoredRecord): string[] {
  const { recommendations } = record;
  if (!Array.isArray(recommendations)) return [];
  return recommendations.flatMap((item: unknown) =>
    typeof item === 'object' && item !== null && 'id' in item && typeof item.id === 'string' ? [item.id] : [],
  );
}

export const sharedTexts = {
  notes: docPath,
  caseDescriptions: docPath,
  adviceVersions: {
    paths: (record: StoredRecord) => [...sectionPaths, ...recommendationIds(record).map(recommendationPath)],
    isPath: (path: string) => sectionPaths.includes(path) || recommendationPathPattern.test(path),
    // Only a draft is typed in: an issued text is the server's and stays as the record says, whatever a fragment holds.
    open: (record: StoredRecord) => record.status === 'draft',
  },
} as const satisfies Record<string, { paths(record: StoredRecord): string[]; isPath(path: string): boolean; open(record: StoredRecord): boolean }>;

export type SharedTextTable = keyof typeof sharedTexts;

/** Which rich text of which record: a field, a field inside one ("sections.context"), or the text of a list's item by its id ("recommendations.<id>.text"). */
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
  return sharedTexts[table].isPath(path) ? { table, key, path } : null;
}
