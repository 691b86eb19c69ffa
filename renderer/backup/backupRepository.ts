import type { IndexableType, Table } from 'dexie';
import { attachmentLimitMbOf } from '@shared/backup/checkRecords';
import { latestChange, planTableRestore, summarizeDifferences, type TableDifference } from '@shared/backup/diff';
import type { BackupKind } from '@shared/backup/format';
import { readBackup, type ValidBackup } from '@shared/backup/readBackup';
import type { Checked } from '@shared/backup/refusal';
import { backupTables, emptyTables, tableNames, type BackupRecord, type TableName, type TableRecords } from '@shared/backup/tables';
import type { EntryPacker } from '@shared/backup/packEntry';
import { packTable, startTable, writeBackup, type BackupContent } from '@shared/backup/writeBackup';
import { systemClock, type Clock } from '../db/clock';
import type { BeraadDb } from '../db/database';
import { schemaVersions } from '../db/schemaVersions';
import { backupLogKey } from './backupLog';
import { fitsEditor } from './richTextCheck';
import { packerHere, type Packer } from './workerPacker';

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

/**
 * Records a backup reads per request: some 4 MB of JSON for the bench's notes,
 * enough that a request's own cost does not count, small enough that reading
 * the next batch overlaps encoding this one.
 */
export const backupBatchSize = 1000;

const primaryKeyOf = (table: TableName, record: BackupRecord): IndexableType => {
  const fields = backupTables[table].key;
  return (fields.length === 1 ? record[fields[0]!] : fields.map((field) => record[field])) as IndexableType;
};

/** Up to a batch of records in primary-key order, after `after`; within a transaction. */
function readBatch(db: BeraadDb, table: TableName, after: IndexableType | null): Promise<BackupRecord[]> {
  const records = after === null ? rawTable(db, table).toCollection() : rawTable(db, table).where(':id').above(after);
  return records.limit(backupBatchSize).toArray();
}

/**
 * `packer` gives each backup a place to deflate and hash its tables; the app
 * passes a worker's (startPacker), so the page reads and encodes the next
 * batch while the last one is deflated.
 */
export function createBackupRepository(db: BeraadDb, appVersion: string, clock: Clock = systemClock, packer: () => Packer = packerHere) {
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

  /**
   * One table read batch by batch within the caller's transaction, each
   * batch handed to the packer as it comes. Its packing still under way goes
   * into `packed`, not awaited here: the transaction would end meanwhile.
   */
  async function packInBatches(table: TableName, pack: EntryPacker, packed: BackupContent['tables']): Promise<void> {
    const packing = startTable(table, pack);
    let reading = readBatch(db, table, null);
    for (;;) {
      const records = await reading;
      const full = records.length === backupBatchSize;
      if (full) {
        reading = readBatch(db, table, primaryKeyOf(table, records.at(-1)!));
        // Awaited in the next round; should encoding this batch throw first, its failure is not left unhandled.
        reading.catch(() => {});
      }
      packing.add(records.filter((record) => !isMachineRecord(table, record)));
      if (!full) {
        packed[table] = packing.end();
        return;
      }
    }
  }

  return {
    /**
     * A full backup as zip bytes (docs/backup-format.md), read in one
     * transaction so it is one consistent moment. Each table is read in
     * batches by primary key, its next batch asked for before this one is
     * encoded, and all tables at once: IndexedDB (in the browser's own
     * process) always has another table's batch to read while the page turns
     * one into JSON and hands it to the packer to deflate and hash. A table
     * read alone left IndexedDB idle while the page encoded, and the page idle
     * while it waited for the next batch. At most two batches of each table
     * are in memory at a time, not a decade's worth.
     * Blobs are read after the transaction: awaiting them inside would let
     * it commit early.
     */
    async create(): Promise<Uint8Array<ArrayBuffer>> {
      const { pack, close } = packer();
      try {
        const packed = {} as BackupContent['tables'];
        const names = tableNames.filter((table) => table !== 'attachments');
        const attachments = await db.transaction('r', db.tables, async () => {
          await Promise.all(names.map((table) => packInBatches(table, pack, packed)));
          return rawTable(db, 'attachments').toArray();
        });
        const { records, files } = await splitAttachments(attachments);
        packed.attachments = packTable('attachments', records);
        return await writeBackup({ tables: packed, files }, { kind: 'full', appVersion, schemaVersion: currentSchemaVersion, createdAt: clock(), case: null });
      } finally {
        close();
      }
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
     * a time, the next one's records asked for before this one is compared and
     * written, so IndexedDB reads them meanwhile; at most two tables' current
     * records are in memory at once. The file was checked completely before
     * this is called.
     */
    async restore(backup: ValidBackup): Promise<void> {
      await db.transaction('rw', db.tables, async () => {
        let reading = rawTable(db, tableNames[0]!).toArray();
        for (const [index, table] of tableNames.entries()) {
          const store = rawTable(db, table);
          const current = (await reading).filter((record) => !isMachineRecord(table, record));
          const next = tableNames[index + 1];
          if (next) {
            // Another table's records: this table's writes below cannot change them.
            reading = rawTable(db, next).toArray();
            // Awaited in the next round; should this table's write fail first, its failure is not left unhandled.
            reading.catch(() => {});
          }
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
