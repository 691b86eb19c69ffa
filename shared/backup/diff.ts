import { recordKey, tableNames, type BackupRecord, type TableName, type TableRecords } from './tables';

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

/** What a restore would change, per table, for the preview. */
export function summarizeDifferences(backup: TableRecords, current: TableRecords): TableDifference[] {
  return tableNames.map((table) => {
    const here = new Map(current[table].map((record) => [recordKey(table, record), record]));
    let onlyInBackup = 0;
    let changed = 0;
    for (const record of backup[table]) {
      const key = recordKey(table, record);
      const mine = here.get(key);
      if (mine === undefined) onlyInBackup++;
      else if (JSON.stringify(mine) !== JSON.stringify(record)) changed++;
      here.delete(key);
    }
    return { table, inBackup: backup[table].length, current: current[table].length, onlyInBackup, onlyHere: here.size, changed };
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
