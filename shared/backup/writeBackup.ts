import { attachmentPath, backupFormat, formatVersion, manifestPath, tablePath, type BackupKind, type Manifest } from './format';
import { packHere, type EntryPacker } from './packEntry';
import { sha256Hex } from './sha256';
import { tableNames, type BackupRecord, type TableName, type TableRecords } from './tables';
import { buildZip, deflatedEntry, storedEntry, type ZipEntry } from './zipWriter';

const encoder = new TextEncoder();

/** A table ready for the zip: its line in the manifest and its deflated entry. */
export interface PackedTable {
  count: number;
  listed: Manifest['entries'][number];
  entry: ZipEntry;
}

/**
 * A table's JSON array, written batch by batch: each batch's JSON goes to
 * `pack` at once, so a caller can read the next batch while this one is
 * packed, and hold no more than a batch of records. The bytes are those of
 * JSON.stringify over all the records together. The text goes as it is, not
 * as UTF-8: a packer in a worker encodes it there, and a text crosses to a
 * worker as one copy of its characters, which leaves the encoding's work off
 * this thread.
 */
export function startTable(table: TableName, pack: EntryPacker = packHere) {
  const path = tablePath(table);
  const packing = pack(path);
  let count = 0;
  return {
    add(records: readonly BackupRecord[]): void {
      if (records.length === 0) return;
      const json = JSON.stringify(records);
      // One array in the end: a later batch's '[' becomes the comma after the one before, and only the last ']' stays.
      packing.push(count > 0 ? `,${json.slice(1, -1)}` : json.slice(0, -1));
      count += records.length;
    },
    /** Its manifest line and entry. */
    async end(): Promise<PackedTable> {
      packing.push(count === 0 ? '[]' : ']');
      const { entry, bytes, sha256 } = await packing.end();
      return { count, listed: { path, bytes, sha256 }, entry };
    },
  };
}

/** Deflates a whole table and takes its SHA-256. */
export function packTable(table: TableName, records: readonly BackupRecord[]): Promise<PackedTable> {
  const packing = startTable(table);
  packing.add(records);
  return packing.end();
}

export const packTables = (tables: TableRecords): Record<TableName, Promise<PackedTable>> =>
  Object.fromEntries(tableNames.map((table) => [table, packTable(table, tables[table])])) as Record<TableName, Promise<PackedTable>>;

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
