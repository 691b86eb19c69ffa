import Dexie, { type EntityTable } from 'dexie';
import type { AttachmentMeta } from '@shared/cases/attachments';
import type { Case, CaseDescription } from '@shared/cases/caseSchema';
import { schemaVersions, type SchemaVersion } from './schemaVersions';

export type AttachmentRecord = AttachmentMeta & { blob: Blob; removedAt: string | null };
export interface CounterRecord {
  key: string;
  value: number;
}
export interface KeyValueRecord {
  key: string;
  value: unknown;
  updatedAt: string;
}

export type BeraadDb = Dexie & {
  cases: EntityTable<Case, 'id'>;
  caseDescriptions: EntityTable<CaseDescription, 'caseId'>;
  attachments: EntityTable<AttachmentRecord, 'id'>;
  counters: EntityTable<CounterRecord, 'key'>;
  settings: EntityTable<KeyValueRecord, 'key'>;
  drafts: EntityTable<KeyValueRecord, 'key'>;
};

export const databaseName = 'beraad';

/**
 * Opens the database with the given schema history (all of it by default).
 * Durability is 'strict' because Chromium's default since 121 ('relaxed') can
 * lose writes that were reported as committed when the power goes.
 */
export function createDatabase(name = databaseName, versions: readonly SchemaVersion[] = schemaVersions): BeraadDb {
  const db = new Dexie(name, { chromeTransactionDurability: 'strict' }) as BeraadDb;
  for (const { version, stores, upgrade } of versions) {
    const declared = db.version(version).stores(stores);
    if (upgrade) declared.upgrade(upgrade);
  }
  return db;
}
