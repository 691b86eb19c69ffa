import Dexie, { type EntityTable, type IndexableType } from 'dexie';
import type { Advice, AdviceVersion, AuditEvent } from '@shared/advice/adviceSchema';
import type { AttachmentMeta } from '@shared/cases/attachmentSchema';
import type { Case, CaseDescription } from '@shared/cases/caseSchema';
import type { Action } from '@shared/meetings/actionSchema';
import type { Meeting } from '@shared/meetings/meetingSchema';
import type { Note, NoteRevision } from '@shared/meetings/noteSchema';
import type { DeliberationRecord } from '@shared/meetings/recordSchema';
import type { MethodTemplate } from '@shared/methods/methodTemplate';
import type { CaseBoard } from '@shared/people/boardSchema';
import type { Person } from '@shared/people/personSchema';
import type { Screening } from '@shared/screening/screeningSchema';
import type { ScreeningTemplate } from '@shared/screening/templateSchema';
import type { PublicationRecord } from '@shared/publication/publicationRecord';
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

/** A change to a shared record that still has to reach its document (renderer/sync/syncOutbox.ts). */
export interface SyncOutboxEntry {
  id?: number;
  doc: string;
  table: string;
  /** The record's key as Dexie has it, and as the document has it (recordKey). */
  key: IndexableType;
  recordKey: string;
  /** The fields this change touched; null for a new or removed record. */
  fields: string[] | null;
  /** What those fields held before the change: a different value in the document then came from elsewhere meanwhile. */
  before?: Record<string, unknown>;
  /**
   * Written anew after being removed in the same transaction (a case taken
   * over from a file): its texts take the place of what anyone typed in them.
   */
  replaces?: true;
}
export interface SyncUpdateRecord {
  id?: number;
  doc: string;
  update: Uint8Array;
}

/** A meeting as stored: with the case ids of its agenda, for the multi-entry index. */
export type MeetingRecord = Meeting & { caseIds: string[] };

export type BeraadDb = Dexie & {
  cases: EntityTable<Case, 'id'>;
  caseDescriptions: EntityTable<CaseDescription, 'caseId'>;
  attachments: EntityTable<AttachmentRecord, 'id'>;
  counters: EntityTable<CounterRecord, 'key'>;
  settings: EntityTable<KeyValueRecord, 'key'>;
  drafts: EntityTable<KeyValueRecord, 'key'>;
  people: EntityTable<Person, 'id'>;
  caseBoards: EntityTable<CaseBoard, 'caseId'>;
  methodTemplates: Dexie.Table<MethodTemplate, [string, number]>;
  meetings: EntityTable<MeetingRecord, 'id'>;
  notes: EntityTable<Note, 'id'>;
  noteRevisions: EntityTable<NoteRevision, 'id'>;
  records: EntityTable<DeliberationRecord, 'id'>;
  actions: EntityTable<Action, 'id'>;
  advices: EntityTable<Advice, 'caseId'>;
  adviceVersions: EntityTable<AdviceVersion, 'id'>;
  auditEvents: EntityTable<AuditEvent, 'id'>;
  publicationRecords: EntityTable<PublicationRecord, 'versionId'>;
  meta: EntityTable<KeyValueRecord, 'key'>;
  syncOutbox: EntityTable<SyncOutboxEntry, 'id'>;
  syncUpdates: EntityTable<SyncUpdateRecord, 'id'>;
  screenings: EntityTable<Screening, 'id'>;
  screeningTemplates: Dexie.Table<ScreeningTemplate, [string, number]>;
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
