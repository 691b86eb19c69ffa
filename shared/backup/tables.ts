import { z } from 'zod';
import { sectionKeys } from '../advice/sectionKeys';
import { adviceSchema, adviceVersionSchema, auditEventSchema } from '../advice/adviceSchema';
import { attachmentMetaSchema } from '../cases/attachmentSchema';
import { caseDescriptionSchema, caseSchema } from '../cases/caseSchema';
import { actionSchema } from '../meetings/actionSchema';
import { meetingSchema } from '../meetings/meetingSchema';
import { noteRevisionSchema, noteSchema } from '../meetings/noteSchema';
import { deliberationRecordSchema } from '../meetings/recordSchema';
import { methodTemplateSchema } from '../methods/methodTemplate';
import { caseBoardSchema } from '../people/boardSchema';
import { personSchema } from '../people/personSchema';
import { screeningSchema } from '../screening/screeningSchema';
import { screeningTemplateSchema } from '../screening/templateSchema';
import { publicationRecordSchema } from '../publication/publicationRecord';
import { timestampSchema } from '../util/schemaParts';

/** The editor schemas rich text is checked against (renderer/components/richTextExtensions). */
export type RichTextPreset = 'description' | 'notes';

export interface RichTextField {
  field: string;
  doc: unknown;
}

export interface TableSpec {
  /** The database schema version that introduced the table: older backups do not have it. */
  since: number;
  /** The primary key, as in Dexie; two fields for a compound key. */
  key: readonly string[];
  /** Fields with a unique index (`&` in Dexie): no two records may share a value. */
  unique?: readonly string[];
  schema: z.ZodType;
  /** Rich-text documents in a record, and the presets any one of which they must fit. */
  richText?: { presets: readonly RichTextPreset[]; fields(record: Record<string, unknown>): RichTextField[] };
}

const keyValueSchema = z.object({ key: z.string().min(1).max(200), value: z.unknown(), updatedAt: timestampSchema });

const docField =
  (field: string) =>
  (record: Record<string, unknown>): RichTextField[] => [{ field, doc: record[field] }];

function adviceVersionDocs(record: Record<string, unknown>): RichTextField[] {
  const version = record as z.infer<typeof adviceVersionSchema>;
  return [
    ...sectionKeys.map((key) => ({ field: `sections.${key}`, doc: version.sections[key] })),
    ...version.recommendations.map((r, i) => ({ field: `recommendations.${i}.text`, doc: r.text })),
  ];
}

/*
 * Every table of the database, with the schema its records must fit. A unit
 * test compares this list with the Dexie schema, so a table added later cannot
 * be left out of backups by accident.
 */
export const backupTables = {
  cases: { since: 1, key: ['id'], unique: ['reference'], schema: caseSchema },
  caseDescriptions: {
    since: 1,
    key: ['caseId'],
    schema: caseDescriptionSchema,
    richText: { presets: ['description'], fields: docField('doc') },
  },
  /** The file itself travels as its own zip entry, attachments/<id>. */
  attachments: { since: 1, key: ['id'], schema: attachmentMetaSchema.extend({ removedAt: timestampSchema.nullable() }) },
  counters: { since: 1, key: ['key'], schema: z.object({ key: z.string().min(1).max(200), value: z.number().int().nonnegative() }) },
  settings: { since: 1, key: ['key'], schema: keyValueSchema },
  drafts: { since: 1, key: ['key'], schema: keyValueSchema },
  people: { since: 2, key: ['id'], schema: personSchema },
  caseBoards: { since: 2, key: ['caseId'], schema: caseBoardSchema },
  methodTemplates: { since: 2, key: ['id', 'version'], schema: methodTemplateSchema },
  meetings: { since: 2, key: ['id'], schema: meetingSchema.safeExtend({ caseIds: z.array(z.uuid()).max(50) }) },
  notes: { since: 2, key: ['id'], schema: noteSchema, richText: { presets: ['notes'], fields: docField('doc') } },
  noteRevisions: { since: 2, key: ['id'], schema: noteRevisionSchema, richText: { presets: ['notes'], fields: docField('doc') } },
  records: { since: 2, key: ['id'], schema: deliberationRecordSchema },
  actions: { since: 2, key: ['id'], schema: actionSchema },
  advices: { since: 3, key: ['caseId'], schema: adviceSchema },
  // The advice editor's preset is still open; a section may fit either existing one.
  adviceVersions: {
    since: 3,
    key: ['id'],
    schema: adviceVersionSchema,
    richText: { presets: ['description', 'notes'], fields: adviceVersionDocs },
  },
  auditEvents: { since: 3, key: ['id'], schema: auditEventSchema },
  screenings: { since: 6, key: ['id'], schema: screeningSchema },
  screeningTemplates: { since: 6, key: ['id', 'version'], schema: screeningTemplateSchema },
  publicationRecords: { since: 7, key: ['versionId'], schema: publicationRecordSchema },
} as const satisfies Record<string, TableSpec>;

export type TableName = keyof typeof backupTables;
export const tableNames = Object.keys(backupTables) as TableName[];

/**
 * Tables that describe this machine's database rather than the board's work:
 * never backed up, and left alone by a restore. `meta` holds the database's
 * identity, which must stay this database's own after a restore; the sync
 * tables are this machine's copy of the shared documents and what it still
 * has to send (docs/sync.md).
 */
export const localOnlyTables = ['meta', 'syncOutbox', 'syncUpdates'] as const;

export const isTableName = (name: string): name is TableName => Object.hasOwn(backupTables, name);

export type BackupRecord = Record<string, unknown>;
export type TableRecords = Record<TableName, BackupRecord[]>;

/** A record's primary key as one string, for duplicate checks and comparisons. */
export function recordKey(table: TableName, record: BackupRecord): string {
  return backupTables[table].key.map((field) => String(record[field])).join('\u001f');
}

export const emptyTables = (): TableRecords =>
  Object.fromEntries(tableNames.map((name) => [name, []])) as unknown as TableRecords;
