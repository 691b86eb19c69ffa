import { z } from 'zod';
import type { BackupKind } from './format';
import { attachmentLimitBytes, contentLimits } from './limits';
import type { Refusal } from './refusal';
import { backupTables, recordKey, tableNames, type BackupRecord, type RichTextField, type TableName, type TableRecords } from './tables';

/*
 * What IndexedDB or the app would trip over after a file passed its schemas:
 * the same number twice in a unique index, a record pointing at nothing, a
 * text or an attachment larger than the app ever lets in. Checked before the
 * database is touched, so the user reads which record is wrong instead of a
 * ConstraintError halfway through a write.
 */

/** A record as the refusal names it: its primary key. */
const idOf = (table: TableName, record: BackupRecord): string => recordKey(table, record).replaceAll('\u001f', ' ').slice(0, 80);

/**
 * Whether the strings in a document (text and attribute values) together run
 * past `limit` characters. Only objects wait on the stack, and their values
 * are visited in place: a backup runs this over every document it holds.
 */
export function exceedsChars(doc: unknown, limit: number): boolean {
  let count = 0;
  const pending: object[] = [];
  const visit = (value: unknown) => {
    if (typeof value === 'string') count += value.length;
    else if (typeof value === 'object' && value !== null) pending.push(value);
  };
  visit(doc);
  while (pending.length > 0 && count <= limit) {
    const value = pending.pop()!;
    if (Array.isArray(value)) for (const item of value as unknown[]) visit(item);
    else for (const key in value) if (Object.hasOwn(value, key)) visit((value as Record<string, unknown>)[key]);
  }
  return count > limit;
}

/** The first rich-text document of a record longer than the editor's limit. */
export function checkTextSize(table: TableName, record: BackupRecord, fields: readonly RichTextField[], limit: number = contentLimits.maxDocumentChars): Refusal | null {
  const over = fields.find(({ doc }) => exceedsChars(doc, limit));
  return over ? { code: 'textTooLarge', table, id: idOf(table, record), field: over.field, limit } : null;
}

/** The second record with a value a unique index already holds; the first stays unnamed, the user needs one to look for. */
export function checkUniqueValues(tables: TableRecords): Refusal | null {
  for (const table of tableNames) {
    const spec = backupTables[table];
    for (const field of 'unique' in spec ? spec.unique : []) {
      const seen = new Set<unknown>();
      for (const record of tables[table]) {
        const value = record[field];
        if (seen.has(value)) return { code: 'duplicateValue', table, id: idOf(table, record), field, value: String(value) };
        seen.add(value);
      }
    }
  }
  return null;
}

interface ParentReference {
  table: TableName;
  field: string;
  parent: TableName;
  /** The parent keys a record names; null where the reference is optional. */
  values(record: BackupRecord): unknown[];
  /**
   * Whether a case package must hold the parent too. A meeting travels with a
   * case only while the case is on its agenda; notes, records and actions of
   * an agenda item removed later keep pointing at a meeting the package leaves out.
   */
  inPackage: boolean;
}

const field =
  (name: string) =>
  (record: BackupRecord): unknown[] => [record[name]];

const reference = (table: TableName, name: string, parent: TableName, inPackage = true): ParentReference => ({ table, field: name, parent, values: field(name), inPackage });

/**
 * The references a record cannot live without: what owns it. The app never
 * deletes a case, a meeting, a note or an advice (only marks them deleted), so
 * in a full backup every owner is there. People and method versions are only
 * shown by name, and a missing one is shown as unknown, so they are not required.
 */
export const parentReferences: readonly ParentReference[] = [
  reference('caseDescriptions', 'caseId', 'cases'),
  reference('attachments', 'caseId', 'cases'),
  reference('caseBoards', 'caseId', 'cases'),
  reference('notes', 'caseId', 'cases'),
  reference('notes', 'meetingId', 'meetings', false),
  reference('noteRevisions', 'noteId', 'notes'),
  reference('records', 'caseId', 'cases'),
  reference('records', 'meetingId', 'meetings', false),
  reference('actions', 'caseId', 'cases'),
  reference('actions', 'meetingId', 'meetings', false),
  reference('advices', 'caseId', 'cases'),
  reference('adviceVersions', 'caseId', 'advices'),
  reference('auditEvents', 'caseId', 'cases'),
  {
    table: 'meetings',
    field: 'agenda.caseId',
    parent: 'cases',
    values: (record) => (record.agenda as { caseId: string }[]).map((item) => item.caseId),
    inPackage: true,
  },
];

/** The first record whose owner is not in the file. */
export function checkParents(tables: TableRecords, kind: BackupKind): Refusal | null {
  const keys = new Map<TableName, Set<string>>();
  const keysOf = (table: TableName): Set<string> => {
    if (!keys.has(table)) keys.set(table, new Set(tables[table].map((record) => recordKey(table, record))));
    return keys.get(table)!;
  };
  for (const { table, field: name, parent, values, inPackage } of parentReferences) {
    if (kind === 'case' && !inPackage) continue;
    const parents = keysOf(parent);
    for (const record of tables[table]) {
      const missing = values(record).find((value) => value !== null && !parents.has(String(value)));
      if (missing !== undefined) return { code: 'missingParent', table, id: idOf(table, record), field: name, parentTable: parent, parentId: String(missing).slice(0, 80) };
    }
  }
  return null;
}

const storedLimitSchema = z.object({ attachmentLimitMb: z.number().int().min(1).max(contentLimits.maxAttachmentMb) });

/**
 * The attachment limit the settings records hold (the record `app` of
 * renderer/settings/settingsRepository); a missing or invalid one counts as
 * the default, as it does in the app.
 */
export function attachmentLimitMbOf(settings: readonly BackupRecord[]): number {
  const parsed = storedLimitSchema.safeParse(settings.find((record) => record.key === 'app')?.value);
  return parsed.success ? parsed.data.attachmentLimitMb : contentLimits.defaultAttachmentMb;
}

/** The first attachment larger than the upload limit would have let in. */
export function checkAttachmentSizes(attachments: readonly BackupRecord[], limitMb: number): Refusal | null {
  const limit = attachmentLimitBytes(limitMb);
  const over = attachments.find((record) => (record.size as number) > limit);
  if (!over) return null;
  return { code: 'attachmentTooLarge', table: 'attachments', id: String(over.id), name: String(over.name), limitMb, maxMb: contentLimits.maxAttachmentMb };
}

/**
 * The first record an import would add under a key already taken here by
 * another case's record: IndexedDB would refuse the whole import for it.
 * `taken` holds the keys found here, minus those of a case being replaced.
 */
export function checkKeysFree(add: TableRecords, taken: Partial<Record<TableName, ReadonlySet<string>>>): Refusal | null {
  for (const table of tableNames) {
    const here = taken[table];
    const clash = here && add[table].find((record) => here.has(recordKey(table, record)));
    if (clash) return { code: 'idInUse', table, id: idOf(table, clash) };
  }
  return null;
}
