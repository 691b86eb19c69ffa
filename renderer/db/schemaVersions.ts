import type { Transaction } from 'dexie';

export interface SchemaVersion {
  version: number;
  stores: Record<string, string | null>;
  upgrade?: (tx: Transaction) => Promise<void>;
}

/*
 * Every schema the database has ever had, oldest first. Never edit a version
 * that has shipped: add a new one with its upgrade and a migration test in
 * test/unit/renderer/db. Tests open the database at any prefix of this list.
 */
export const schemaVersions: readonly SchemaVersion[] = [
  {
    version: 1,
    stores: {
      // Only what is queried: every extra index costs on each write, and the
      // list filters in memory. receivedOn serves the list's first screenful.
      cases: 'id, &reference, receivedOn',
      caseDescriptions: 'caseId',
      attachments: 'id, caseId',
      counters: 'key',
      settings: 'key',
      drafts: 'key',
    },
  },
  {
    version: 2,
    stores: {
      people: 'id',
      caseBoards: 'caseId',
      methodTemplates: '[id+version]',
      // caseIds mirrors the agenda so "meetings about this case" is an index lookup.
      meetings: 'id, startsAt, *caseIds',
      notes: 'id, agendaItemId, caseId',
      // Ordered per note, so the latest revision is read without loading the others.
      noteRevisions: 'id, [noteId+createdAt]',
      records: 'id, agendaItemId, caseId',
      // [state+dueOn] lists every open action across all cases, in due order, without a scan.
      actions: 'id, caseId, meetingId, [state+dueOn]',
    },
  },
  {
    version: 3,
    stores: {
      // One per case; issuedOn serves the register's period filter.
      advices: 'caseId, issuedOn',
      adviceVersions: 'id, [caseId+number]',
      // Append-only; read per case in time order.
      auditEvents: 'id, [caseId+at]',
    },
  },
  {
    version: 4,
    stores: {
      // This database's own identity (shared/storage/databaseIdentity): local to the machine, never in a backup.
      meta: 'key',
    },
  },
  {
    version: 5,
    stores: {
      // Board mode (renderer/sync): what this machine changed and has not yet put into the shared documents,
      syncOutbox: '++id',
      // and the shared documents themselves, as Yjs updates per document.
      syncUpdates: '++id, doc',
    },
  },
  {
    version: 6,
    stores: {
      // Screenings before a case exists; caseId finds the screening a case came from, updatedAt orders the list.
      screenings: 'id, caseId, updatedAt',
      // Versioned like method templates: a screening opens with the version it was filled in with.
      screeningTemplates: '[id+version]',
    },
  },
  {
    version: 7,
    stores: {
      // What the review before publication decided per advice version, and the fingerprint of every public file.
      publicationRecords: 'versionId, caseId',
    },
  },
];
