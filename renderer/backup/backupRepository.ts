import type { IndexableType, Table } from 'dexie';
import { attachmentLimitMbOf } from '@shared/backup/checkRecords';
import { latestChange, planTableRestore, summarizeDifferences, type TableDifference } from '@shared/backup/diff';
import type { BackupKind } from '@shared/backup/format';
import { readBackup, type ValidBackup } from '@shared/backup/readBackup';
import type { Checked } from '@shared/backup/refusal';
import { emptyTables, tableNames, type BackupRecord, type TableName, type TableRecords } from '@shared/backup/tables';
import { encodeTable, packTable, writeBackup, type BackupContent } from '@shared/backup/writeBackup';
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
  /** Every record here now, attachments without their file, read in one transaction. */
  async function currentTables(): Promise<TableRecords> {
    const read = await db.transaction('r', db.tables, () => Promise.all(tableNames.map((table) => rawTable(db, table).toArray())));
    const tables = emptyTables();
    tableNames.forEach((table, index) => {
      tables[table] = read[index]!.filter((record) => !isMachineRecord(table, record));
    });
    tables.attachments = tables.attachments.map(({ blob: _blob, ...meta }) => meta);
    return tables;
  }

  return {
    /**
     * A full backup as zip bytes (docs/backup-format.md), read in one
     * transaction so it is one consistent moment. While IndexedDB reads a
     * table (in the browser's own process), the page encodes the one before
     * it and deflates it off the page, so reading and encoding overlap; only
     * two tables' records are in memory at a time, not a decade's worth.
     * Blobs are read after the transaction: awaiting them inside would let
     * it commit early.
     */
    async create(): Promise<Uint8Array<ArrayBuffer>> {
      const packed = {} as BackupContent['tables'];
      const read = (table: TableName) =>
        rawTable(db, table)
          .toArray()
          .then((records) => records.filter((record) => !isMachineRecord(table, record)));
      const attachments = await db.transaction('r', db.tables, async () => {
        const names = tableNames.filter((table) => table !== 'attachments');
        let reading = read(names[0]!);
        for (const [index, table] of names.entries()) {
          const records = await reading;
          const next = names[index + 1];
          if (next) {
            reading = read(next);
            // Awaited in the next round; should encoding this table throw first, its failure is not left unhandled.
            reading.catch(() => {});
          }
          packed[table] = packTable(table, encodeTable(records));
        }
        return rawTable(db, 'attachments').toArray();
      });
      const { records, files } = await splitAttachments(attachments);
      packed.attachments = packTable('attachments', encodeTable(records));
      return writeBackup({ tables: packed, files }, { kind: 'full', appVersion, schemaVersion: currentSchemaVersion, createdAt: clock(), case: null });
    },

    /** Checks a file completely, attachments against the limit set here; nothing is written. */
    async read(bytes: Uint8Array, kind: BackupKind = 'full'): Promise<Checked<ValidBackup>> {
      const attachmentLimitMb = attachmentLimitMbOf(await rawTable(db, 'settings').toArray());
      return readBackup(bytes, { kind, schemaVersion: currentSchemaVersion, checkRichText: fitsEditor, attachmentLimitMb });
    },

    /** How the backup differs from the data here now, per table, and how recent each side is. */
    async preview(backup: ValidBackup): Promise<{ tables: TableDifference[]; backupLatest: string | null; currentLatest: string | null }> {
      const current = await currentTables();
      return { tables: summarizeDifferences(backup.tables, current), backupLatest: latestChange(backup.tables), currentLatest: latestChange(current) };
    },

    /**
     * Makes the data equal to the backup's in one transaction over every
     * table: if anything fails on the way, IndexedDB rolls all of it back and
     * the data stays as it was. Only what differs is written (planTableRestore),
     * compared with the data as read inside that transaction. Tables go one at
     * a time, so only one table's current records are in memory at once. The
     * file was checked completely before this is called.
     */
    async restore(backup: ValidBackup): Promise<void> {
      await db.transaction('rw', db.tables, async () => {
        for (const table of tableNames) {
          const store = rawTable(db, table);
          const current = (await store.toArray()).filter((record) => !isMachineRecord(table, record));
          const incoming = backup.tables[table].filter((record) => !isMachineRecord(table, record));
          const plan = planTableRestore(table, incoming, current);
          await store.bulkDelete([...plan.remove, ...plan.uniqueChanged] as IndexableType[]);
          // A blob cannot be compared inside the transaction (reading it would let the transaction end), so every file is written.
          await store.bulkPut(table === 'attachments' ? incoming.map((record) => withBlob(record, backup.files)) : plan.put);
        }
      });
    },
  };
}

export type BackupRepository = ReturnType<typeof createBackupRepository>;
