import { attachmentPath, backupFormat, formatVersion, manifestPath, tablePath, type BackupKind, type Manifest } from './format';
import { sha256Hex } from './sha256';
import { tableNames, type TableRecords } from './tables';
import { buildZip, type ZipEntry } from './zipWriter';

export interface BackupContent {
  /** Attachment records without their blob; the bytes go in `files`. */
  tables: TableRecords;
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

const encoder = new TextEncoder();

/**
 * One zip: a JSON array per table, each attachment as its own entry, and a
 * manifest with counts and a SHA-256 per entry (docs/backup-format.md).
 * JSON is deflated (natively where the platform can, see zipWriter), which
 * shrinks it about tenfold; attachments are mostly compressed formats and are
 * stored as they are.
 */
export async function writeBackup(content: BackupContent, meta: BackupMeta): Promise<Uint8Array<ArrayBuffer>> {
  const entries = new Map<string, Uint8Array>();
  for (const table of tableNames) entries.set(tablePath(table), encoder.encode(JSON.stringify(content.tables[table])));
  for (const [id, bytes] of content.files) entries.set(attachmentPath(id), bytes);

  const hashes = await Promise.all([...entries].map(async ([path, bytes]) => ({ path, bytes: bytes.byteLength, sha256: await sha256Hex(bytes) })));
  const manifest: Manifest = {
    format: backupFormat,
    formatVersion,
    kind: meta.kind,
    appVersion: meta.appVersion,
    schemaVersion: meta.schemaVersion,
    createdAt: meta.createdAt.toISOString(),
    case: meta.case,
    tables: Object.fromEntries(tableNames.map((table) => [table, content.tables[table].length])),
    entries: hashes,
  };

  const zipEntries: ZipEntry[] = [{ path: manifestPath, bytes: encoder.encode(JSON.stringify(manifest, null, 2)), deflate: true }];
  for (const [path, bytes] of entries) zipEntries.push({ path, bytes, deflate: path.startsWith('tables/') });
  return buildZip(zipEntries, meta.createdAt);
}
