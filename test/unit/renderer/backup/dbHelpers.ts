import { tableNames, type TableName } from '@shared/backup/tables';
import i18next from 'i18next';
import type { BeraadDb } from '../../../../renderer/db/database';
import { resources } from '../../../fixtures/translations';
import { attachmentFiles, everyTable } from '../../../fixtures/backup/records';

/** Fills every table with the fixture records, attachments with their files. */
export async function seedEveryTable(db: BeraadDb): Promise<void> {
  await db.transaction('rw', db.tables, async () => {
    for (const table of tableNames) {
      const rows = everyTable[table].map((record) =>
        table === 'attachments' ? { ...record, blob: new Blob([attachmentFiles.get(record.id as string)! as BlobPart], { type: record.type as string }) } : record,
      );
      await db.table(table).bulkAdd(rows);
    }
  });
}

/** Every table's records, with attachment blobs as bytes so they compare by content. */
export async function dump(db: BeraadDb): Promise<Record<TableName, unknown[]>> {
  const out = {} as Record<TableName, unknown[]>;
  for (const table of tableNames) {
    const rows = (await db.table(table).toArray()) as Record<string, unknown>[];
    out[table] = await Promise.all(
      rows.map(async (row) => (row.blob instanceof Blob ? { ...row, blob: [...new Uint8Array(await row.blob.arrayBuffer())] } : row)),
    );
  }
  return out;
}

/** A Dutch translator over the app's own locale files. */
export async function dutch() {
  const instance = i18next.createInstance();
  await instance.init({ resources, lng: 'nl', interpolation: { escapeValue: false } });
  return instance.t;
}
