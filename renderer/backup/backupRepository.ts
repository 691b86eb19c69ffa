import type { Table } from 'dexie';
import { summarizeDifferences, latestChange, type TableDifference } from '@shared/backup/diff';
import type { BackupKind } from '@shared/backup/format';
import { readBackup, type ValidBackup } from '@shared/backup/readBackup';
import type { Checked } from '@shared/backup/refusal';
import { emptyTables, tableNames, type BackupRecord, type TableName } from '@shared/backup/tables';
import { writeBackup, type BackupContent } from '@shared/backup/writeBackup';
import { systemClock, type Clock } from '../db/clock';
import type { BeraadDb } from '../db/database';
import { schemaVersions } from '../db/schemaVersions';
import { backupLogKey } from './backupLog';
import { fitsEditor } from './richTextCheck';

export const currentSchemaVersion = schemaVersions.at(-1)!.version;

/** A Dexie table as the backup sees it: plain records, whatever their type in the app. */
export const rawTable = (db: BeraadDb, table: TableName): Table<BackupRecord> => db.table(table);

/** Attachment records without their blob, and the blobs' bytes by attachment id. */
export async function splitAttachments(records: BackupRecord[]): Promise<{ records: BackupRecord[]; files: Map<string, Uint8Array> }> {
  const files = new Map<string, Uint8Array>();
  const stripped = await Promise.all(
    records.map(async ({ blob, ...meta }) => {
      files.set(meta.id as string, new Uint8Array(await (blob as Blob).arrayBuffer()));
      return meta;
    }),
  );
  return { records: stripped, files };
}

export const withBlob = (record: BackupRecord, files: ReadonlyMap<string, Uint8Array>): BackupRecord => ({
  ...record,
  blob: new Blob([files.get(record.id as string)! as BlobPart], { type: record.type as string }),
});

/** The log of this machine's backups is about this machine: a restore never brings back an old one. */
const isMachineRecord = (table: TableName, record: BackupRecord) => table === 'settings' && record.key === backupLogKey;

export function createBackupRepository(db: BeraadDb, appVersion: string, clock: Clock = systemClock) {
  /** Everything, read in one transaction so the backup is one consistent moment. */
  async function snapshot(): Promise<BackupContent> {
    const read = await db.transaction('r', db.tables, () => Promise.all(tableNames.map((table) => rawTable(db, table).toArray())));
    const tables = emptyTables();
    tableNames.forEach((table, index) => {
      tables[table] = read[index]!.filter((record) => !isMachineRecord(table, record));
    });
    // Blobs stay readable after the transaction; reading them inside would let it commit early.
    const { records, files } = await splitAttachments(tables.attachments);
    tables.attachments = records;
    return { tables, files };
  }

  return {
    snapshot,

    /** A full backup as zip bytes (docs/backup-format.md). */
    async create(): Promise<Uint8Array<ArrayBuffer>> {
      const content = await snapshot();
      return writeBackup(content, { kind: 'full', appVersion, schemaVersion: currentSchemaVersion, createdAt: clock(), case: null });
    },

    /** Checks a file completely; nothing is written. */
    read: (bytes: Uint8Array, kind: BackupKind = 'full'): Promise<Checked<ValidBackup>> =>
      readBackup(bytes, { kind, schemaVersion: currentSchemaVersion, checkRichText: fitsEditor }),

    /** How the backup differs from the data here now, per table, and how recent each side is. */
    async preview(backup: ValidBackup): Promise<{ tables: TableDifference[]; backupLatest: string | null; currentLatest: string | null }> {
      const { tables: current } = await snapshot();
      return { tables: summarizeDifferences(backup.tables, current), backupLatest: latestChange(backup.tables), currentLatest: latestChange(current) };
    },

    /**
     * Replaces all data with the backup's in one transaction over every table:
     * if anything fails on the way, IndexedDB rolls all of it back and the data
     * stays as it was. The file was checked completely before this is called.
     */
    async restore(backup: ValidBackup): Promise<void> {
      const rows: Record<string, BackupRecord[]> = { ...backup.tables, attachments: backup.tables.attachments.map((r) => withBlob(r, backup.files)) };
      await db.transaction('rw', db.tables, async () => {
        const log = await db.settings.get(backupLogKey);
        for (const table of tableNames) await rawTable(db, table).clear();
        for (const table of tableNames) {
          await rawTable(db, table).bulkAdd(rows[table]!.filter((record) => !isMachineRecord(table, record)));
        }
        if (log) await db.settings.put(log);
      });
    },
  };
}

export type BackupRepository = ReturnType<typeof createBackupRepository>;
