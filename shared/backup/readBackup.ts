import type { z } from 'zod';
import { checkPackageScope } from './casePackage';
import { attachmentLimitMbOf, checkAttachmentSizes, checkParents, checkTextSize, checkUniqueValues } from './checkRecords';
import { attachmentPath, backupFormat, formatVersion, manifestPath, manifestSchema, tablePath, type BackupKind, type Manifest } from './format';
import { contentLimits, defaultLimits, toMegabytes, type BackupLimits } from './limits';
import { refuse, type Checked, type Refusal } from './refusal';
import { droppedKey, parseJsonEntry } from './safeJson';
import { sha256Hex } from './sha256';
import { unzipEntries } from './zipReader';
import { backupTables, emptyTables, isTableName, recordKey, tableNames, type BackupRecord, type RichTextPreset, type TableName, type TableRecords } from './tables';

export interface ReadOptions {
  kind: BackupKind;
  /** The database schema version of this app: newer backups are refused. */
  schemaVersion: number;
  /** Whether a rich-text document fits an editor preset (renderer/components/richText/checkContent). */
  checkRichText(doc: unknown, preset: RichTextPreset): boolean;
  /** The attachment limit set on this machine (Instellingen); the default when not given. */
  attachmentLimitMb?: number;
  limits?: BackupLimits;
}

export interface ValidBackup {
  manifest: Manifest;
  tables: TableRecords;
  /** Attachment bytes by attachment id. */
  files: Map<string, Uint8Array>;
}

const uuidPattern = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const tableEntryPattern = /^tables\/([A-Za-z]{1,60})\.json$/;

/** The size an entry may have, by its name; null for a name our format never uses. */
function entryLimit(name: string, limits: BackupLimits): number | null {
  if (name === manifestPath || tableEntryPattern.test(name)) return limits.maxJsonBytes;
  if (name.startsWith('attachments/') && uuidPattern.test(name.slice('attachments/'.length))) return limits.maxAttachmentBytes;
  return null;
}

/** Unzips after checking every entry's name and declared size; nothing inflates past what it declared. */
async function unzip(bytes: Uint8Array, limits: BackupLimits): Promise<Checked<Record<string, Uint8Array>>> {
  if (bytes.byteLength > limits.maxFileBytes) return refuse({ code: 'tooLarge', limitMb: toMegabytes(limits.maxFileBytes) });
  let problem: Refusal | null = null;
  const seen = new Set<string>();
  let total = 0;
  let files: Record<string, Uint8Array>;
  try {
    files = await unzipEntries(bytes, ({ name, originalSize }) => {
      if (problem !== null) return false;
      const limit = entryLimit(name, limits);
      total += originalSize;
      if (seen.has(name)) problem = { code: 'duplicateEntry', entry: name };
      else if (seen.add(name).size > limits.maxEntries) problem = { code: 'tooManyEntries', limit: limits.maxEntries };
      else if (limit === null) problem = { code: 'unexpectedEntry', entry: name };
      else if (originalSize > limit) problem = { code: 'entryTooLarge', entry: name, limitMb: toMegabytes(limit) };
      else if (total > limits.maxTotalBytes) problem = { code: 'tooLarge', limitMb: toMegabytes(limits.maxTotalBytes) };
      return problem === null;
    });
  } catch {
    return refuse({ code: 'notZip' });
  }
  return problem === null ? { ok: true, value: files } : refuse(problem);
}

/** The dotted path of a schema problem; for a strict object's extra key, that key. */
function issueField(issue: z.core.$ZodIssue | undefined): string {
  if (!issue) return '';
  const keys = issue.code === 'unrecognized_keys' ? issue.keys.slice(0, 1) : [];
  return [...issue.path.map(String), ...keys].join('.');
}

const isObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

function readManifest(files: Record<string, Uint8Array>, options: ReadOptions, limits: BackupLimits): Checked<Manifest> {
  const bytes = files[manifestPath];
  if (bytes === undefined) return refuse({ code: 'manifestMissing' });
  const parsed = parseJsonEntry(manifestPath, bytes, limits.maxDepth);
  if (!parsed.ok) return parsed;
  const raw = parsed.value;
  if (!isObject(raw) || raw.format !== backupFormat) return refuse({ code: 'notBeraad' });
  if (typeof raw.formatVersion === 'number' && raw.formatVersion > formatVersion) return refuse({ code: 'futureFormat', version: raw.formatVersion });
  const manifest = manifestSchema.safeParse(raw);
  if (!manifest.success) return refuse({ code: 'manifestInvalid', field: issueField(manifest.error.issues[0]) || 'manifest' });
  const found = manifest.data;
  const unknown = droppedKey(raw, found);
  if (unknown !== null) return refuse({ code: 'manifestInvalid', field: unknown });
  if (found.schemaVersion > options.schemaVersion) {
    return refuse({ code: 'newerSchema', version: found.schemaVersion, supported: options.schemaVersion });
  }
  if (found.kind !== options.kind) return refuse({ code: 'wrongKind', kind: found.kind });
  if ((found.kind === 'case') !== (found.case !== null)) return refuse({ code: 'manifestInvalid', field: 'case' });
  return { ok: true, value: found };
}

/** Every entry in the zip is listed in the manifest with its size and SHA-256, and the other way round. */
async function checkEntries(files: Record<string, Uint8Array>, manifest: Manifest): Promise<Refusal | null> {
  const listed = new Map(manifest.entries.map((entry) => [entry.path, entry]));
  if (listed.size !== manifest.entries.length) return { code: 'manifestInvalid', field: 'entries' };
  for (const name of Object.keys(files)) {
    if (name !== manifestPath && !listed.has(name)) return { code: 'unexpectedEntry', entry: name };
  }
  for (const entry of manifest.entries) {
    if (files[entry.path] === undefined) return { code: 'entryMissing', entry: entry.path };
  }
  const mismatches = await Promise.all(
    manifest.entries.map(async ({ path, bytes, sha256 }) => {
      const content = files[path]!;
      return content.byteLength !== bytes || (await sha256Hex(content)) !== sha256 ? path : null;
    }),
  );
  const mismatch = mismatches.find((path) => path !== null);
  return mismatch ? { code: 'checksum', entry: mismatch } : null;
}

const describeId = (record: unknown): string => {
  if (!isObject(record)) return '?';
  const id = record.id ?? record.caseId ?? record.key;
  return typeof id === 'string' ? id.slice(0, 80) : '?';
};

function readTable(table: TableName, value: unknown, options: ReadOptions): Checked<BackupRecord[]> {
  if (!Array.isArray(value)) return refuse({ code: 'notAList', table });
  const spec = backupTables[table];
  const schema: z.ZodType = spec.schema;
  const keys = new Set<string>();
  const records: BackupRecord[] = [];
  for (let index = 0; index < value.length; index++) {
    const input: unknown = value[index];
    // Made only for a refusal: 10,000 records that pass need no description.
    const where = () => ({ table, position: index + 1, id: describeId(input) });
    const parsed = schema.safeParse(input);
    if (!parsed.success) return refuse({ code: 'invalidField', ...where(), field: issueField(parsed.error.issues[0]) || '(record)' });
    const unknown = droppedKey(input, parsed.data);
    if (unknown !== null) return refuse({ code: 'unknownField', ...where(), field: unknown });
    const record = parsed.data as BackupRecord;
    const key = recordKey(table, record);
    if (keys.has(key)) return refuse({ code: 'duplicateId', table, id: describeId(input) });
    keys.add(key);
    if ('richText' in spec) {
      const { presets, fields } = spec.richText;
      // Before the editor's check: a document of 30 MB would keep ProseMirror busy for nothing.
      const tooLarge = checkTextSize(table, record, fields(record));
      if (tooLarge) return refuse(tooLarge);
      for (const { field, doc } of fields(record)) {
        if (!presets.some((preset) => options.checkRichText(doc, preset))) return refuse({ code: 'richText', table, id: describeId(input), field });
      }
    }
    records.push(record);
  }
  return { ok: true, value: records };
}

function readTables(files: Record<string, Uint8Array>, manifest: Manifest, options: ReadOptions, limits: BackupLimits): Checked<TableRecords> {
  for (const name of Object.keys(manifest.tables)) if (!isTableName(name)) return refuse({ code: 'unknownTable', table: name });
  for (const name of Object.keys(files)) {
    const table = tableEntryPattern.exec(name)?.[1];
    if (table !== undefined && !isTableName(table)) return refuse({ code: 'unknownTable', table });
  }
  const tables = emptyTables();
  for (const table of tableNames) {
    const bytes = files[tablePath(table)];
    if (bytes === undefined) {
      // A table newer than the backup's schema is simply empty in it.
      if (backupTables[table].since <= manifest.schemaVersion) return refuse({ code: 'tableMissing', table });
      continue;
    }
    const parsed = parseJsonEntry(tablePath(table), bytes, limits.maxDepth);
    // The bytes are not needed again; with 10,000 cases they are some 60 MB, held until the check ends otherwise.
    delete files[tablePath(table)];
    if (!parsed.ok) return parsed;
    const expected = manifest.tables[table] ?? 0;
    if (Array.isArray(parsed.value) && parsed.value.length !== expected) {
      return refuse({ code: 'countMismatch', table, expected, found: parsed.value.length });
    }
    const records = readTable(table, parsed.value, options);
    if (!records.ok) return records;
    tables[table] = records.value;
  }
  return { ok: true, value: tables };
}

/** Every attachment record has its file, of the recorded size, and every file has its record. */
function readFiles(files: Record<string, Uint8Array>, tables: TableRecords): Checked<Map<string, Uint8Array>> {
  const found = new Map<string, Uint8Array>();
  for (const record of tables.attachments) {
    const id = record.id as string;
    const bytes = files[attachmentPath(id)];
    if (bytes === undefined) return refuse({ code: 'attachmentMissing', id });
    if (bytes.byteLength !== record.size) return refuse({ code: 'attachmentSize', id });
    found.set(id, bytes);
  }
  for (const name of Object.keys(files)) {
    if (name.startsWith('attachments/') && !found.has(name.slice('attachments/'.length))) return refuse({ code: 'unexpectedEntry', entry: name });
  }
  return { ok: true, value: found };
}

/**
 * What writing the records would trip over: a unique value twice, an owner
 * missing, an attachment over the limit. For a full backup the limit is the
 * higher of this machine's and the one the backup's own settings held, so a
 * board that raised it can restore what it stored.
 */
function checkWritable(manifest: Manifest, tables: TableRecords, options: ReadOptions): Refusal | null {
  const here = options.attachmentLimitMb ?? contentLimits.defaultAttachmentMb;
  const limitMb = manifest.kind === 'full' ? Math.max(here, attachmentLimitMbOf(tables.settings)) : here;
  return checkUniqueValues(tables) ?? checkParents(tables, manifest.kind) ?? checkAttachmentSizes(tables.attachments, limitMb);
}

/**
 * Reads and checks a whole backup or case package before anything is written:
 * the zip, the manifest, every checksum, every record against its table's
 * schema, every rich-text document against the editor, and everything the
 * write itself could fail on (checkRecords.ts). The first problem found is the
 * answer; nothing partial is ever returned.
 */
export async function readBackup(bytes: Uint8Array, options: ReadOptions): Promise<Checked<ValidBackup>> {
  const limits = options.limits ?? defaultLimits;
  const files = await unzip(bytes, limits);
  if (!files.ok) return files;
  const manifest = readManifest(files.value, options, limits);
  if (!manifest.ok) return manifest;
  const entryProblem = await checkEntries(files.value, manifest.value);
  if (entryProblem) return refuse(entryProblem);
  const tables = readTables(files.value, manifest.value, options, limits);
  if (!tables.ok) return tables;
  const attachments = readFiles(files.value, tables.value);
  if (!attachments.ok) return attachments;
  if (manifest.value.kind === 'case') {
    const scope = checkPackageScope(manifest.value.case!.id, tables.value);
    if (scope) return refuse(scope);
  }
  const unwritable = checkWritable(manifest.value, tables.value, options);
  if (unwritable) return refuse(unwritable);
  return { ok: true, value: { manifest: manifest.value, tables: tables.value, files: attachments.value } };
}
