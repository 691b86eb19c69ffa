import { deepEqual } from 'fast-equals';
import { backupTables, recordKey, tableNames, type BackupRecord, type TableName, type TableRecords } from './tables';

export interface TableDifference {
  table: TableName;
  inBackup: number;
  current: number;
  /** Records the restore brings back that are not here now. */
  onlyInBackup: number;
  /** Records here now that the restore removes. */
  onlyHere: number;
  /** Records in both, with different content: the restore puts the backup's version back. */
  changed: number;
}

/** A primary key as IndexedDB takes it: one value, or an array for a compound key. */
export type PrimaryKey = unknown;

export function primaryKey(table: TableName, record: BackupRecord): PrimaryKey {
  const fields = backupTables[table].key;
  return fields.length === 1 ? record[fields[0]!] : fields.map((field) => record[field]);
}

export interface TableRestorePlan {
  /** Keys of the records here that the backup does not have. */
  remove: PrimaryKey[];
  /** The backup's records that are not here, or differ from the version here. */
  put: BackupRecord[];
  changed: number;
  /**
   * Keys of changed records whose unique value (a case's number) changes:
   * removed before the put, or two cases that swap numbers collide on the way.
   */
  uniqueChanged: PrimaryKey[];
}

/**
 * What restoring one table takes: remove what the backup lacks, write what is
 * new or different, and leave equal records alone. A restore usually goes back
 * a little in time, so most records are equal, and skipping them saves the
 * writes that make IndexedDB slow. Records compare by content, not key order.
 */
export function planTableRestore(table: TableName, backup: readonly BackupRecord[], current: readonly BackupRecord[]): TableRestorePlan {
  const here = new Map(current.map((record) => [recordKey(table, record), record]));
  const spec = backupTables[table];
  const unique: readonly string[] = 'unique' in spec ? spec.unique : [];
  const put: BackupRecord[] = [];
  const uniqueChanged: PrimaryKey[] = [];
  let changed = 0;
  for (const record of backup) {
    const key = recordKey(table, record);
    const mine = here.get(key);
    if (mine === undefined) put.push(record);
    else if (!deepEqual(mine, record)) {
      put.push(record);
      changed++;
      if (unique.some((field) => mine[field] !== record[field])) uniqueChanged.push(primaryKey(table, record));
    }
    here.delete(key);
  }
  return { remove: [...here.values()].map((record) => primaryKey(table, record)), put, changed, uniqueChanged };
}

/** What a restore would change, per table, for the preview. */
export function summarizeDifferences(backup: TableRecords, current: TableRecords): TableDifference[] {
  return tableNames.map((table) => {
    const plan = planTableRestore(table, backup[table], current[table]);
    return {
      table,
      inBackup: backup[table].length,
      current: current[table].length,
      onlyInBackup: plan.put.length - plan.changed,
      onlyHere: plan.remove.length,
      changed: plan.changed,
    };
  });
}

const stampFields = ['updatedAt', 'createdAt', 'addedAt', 'at'] as const;

/** The newest change recorded anywhere in the data, to show how recent a backup's content is. */
export function latestChange(tables: TableRecords): string | null {
  let latest: string | null = null;
  for (const table of tableNames) {
    for (const record of tables[table] as BackupRecord[]) {
      for (const field of stampFields) {
        const value = record[field];
        if (typeof value === 'string' && (latest === null || value > latest)) latest = value;
      }
    }
  }
  return latest;
}
