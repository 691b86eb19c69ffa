import { attachmentPath, backupFormat, formatVersion, manifestPath, tablePath, type BackupKind, type Manifest } from './format';
import { sha256Hex } from './sha256';
import { tableNames, type BackupRecord, type TableName, type TableRecords } from './tables';
import { buildZip, deflatedEntry, storedEntry, type ZipEntry } from './zipWriter';

/** A table as it goes into the backup: its JSON array as UTF-8, and how many records that holds. */
export interface EncodedTable {
  count: number;
  json: Uint8Array;
}

const encoder = new TextEncoder();

export const encodeTable = (records: readonly BackupRecord[]): EncodedTable => ({ count: records.length, json: encoder.encode(JSON.stringify(records)) });

/** A table ready for the zip: its line in the manifest and its deflated entry. */
export interface PackedTable {
  count: number;
  listed: Manifest['entries'][number];
  entry: ZipEntry;
}

/** Deflates a table and takes its SHA-256; a caller may start this per table while it reads the next. */
export async function packTable(table: TableName, { count, json }: EncodedTable): Promise<PackedTable> {
  const path = tablePath(table);
  const [sha256, entry] = await Promise.all([sha256Hex(json), deflatedEntry(path, json)]);
  return { count, listed: { path, bytes: json.byteLength, sha256 }, entry };
}

export const packTables = (tables: TableRecords): Record<TableName, Promise<PackedTable>> =>
  Object.fromEntries(tableNames.map((table) => [table, packTable(table, encodeTable(tables[table]))])) as Record<TableName, Promise<PackedTable>>;

export interface BackupContent {
  /** Attachment records without their blob; the bytes go in `files`. */
  tables: Record<TableName, Promise<PackedTable>>;
  /** Attachment bytes by attachment id. */
  files: ReadonlyMap<string, Uint8Array>;
}

export interface BackupMeta {
  kind: BackupKind;
  appVersion: string;
  schemaVersion: number;
  createdAt: Date;
  case: Manifest['case'];
}

/**
 * One zip: a JSON array per table, each attachment as its own entry, and a
 * manifest with counts and a SHA-256 per entry (docs/backup-format.md).
 * JSON is deflated, which shrinks it about tenfold; attachments are mostly
 * compressed formats and are stored as they are. Tables come packed, so a
 * caller can let go of each table's records as soon as it is encoded, and
 * deflate one table while it reads the next.
 */
export async function writeBackup(content: BackupContent, meta: BackupMeta): Promise<Uint8Array<ArrayBuffer>> {
  const entries: ZipEntry[] = [];
  const listed: Manifest['entries'] = [];
  const counts: Manifest['tables'] = {};
  for (const table of tableNames) {
    const packed = await content.tables[table];
    listed.push(packed.listed);
    entries.push(packed.entry);
    counts[table] = packed.count;
  }
  for (const [id, bytes] of content.files) {
    const path = attachmentPath(id);
    listed.push({ path, bytes: bytes.byteLength, sha256: await sha256Hex(bytes) });
    entries.push(storedEntry(path, bytes));
  }

  const manifest: Manifest = {
    format: backupFormat,
    formatVersion,
    kind: meta.kind,
    appVersion: meta.appVersion,
    schemaVersion: meta.schemaVersion,
    createdAt: meta.createdAt.toISOString(),
    case: meta.case,
    tables: counts,
    entries: listed,
  };
  const manifestEntry = await deflatedEntry(manifestPath, encoder.encode(JSON.stringify(manifest, null, 2)));
  return buildZip([manifestEntry, ...entries], meta.createdAt);
}
