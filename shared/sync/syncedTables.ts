import type { TableName } from '../backup/tables';
import { boardDocumentName, caseDocumentName } from './protocol';

/*
 * Which of the board's tables travel through the server, and in which
 * document. A case's document holds everything about that case; the board's
 * document holds what many cases share, and the screenings, which come
 * before any case (one that became a case names it). The other tables stay on this
 * machine: counters and settings describe this machine (language, backup
 * folder), drafts are one person's unsaved work, and attachments are files
 * too large for a shared document (they still travel in backups).
 */
export const caseTables = [
  'cases',
  'caseDescriptions',
  'caseBoards',
  'notes',
  'noteRevisions',
  'records',
  'actions',
  'advices',
  'adviceVersions',
  'auditEvents',
  'publicationRecords',
] as const satisfies readonly TableName[];

export const boardTables = ['people', 'meetings', 'methodTemplates', 'screenings', 'screeningTemplates'] as const satisfies readonly TableName[];

export type SyncedTable = (typeof caseTables)[number] | (typeof boardTables)[number];
export const syncedTables: readonly SyncedTable[] = [...caseTables, ...boardTables];

const syncedSet = new Set<string>(syncedTables);
export const isSyncedTable = (name: string): name is SyncedTable => syncedSet.has(name);

/**
 * The document a record lives in. A note's revision names only its note, so
 * the caller says which case that note belongs to.
 */
export function documentOfRecord(table: SyncedTable, record: Record<string, unknown>, caseOfNote: (noteId: string) => string | undefined): string | null {
  if ((boardTables as readonly string[]).includes(table)) return boardDocumentName;
  if (table === 'cases') return caseDocumentName(String(record.id));
  if (table === 'noteRevisions') {
    const caseId = caseOfNote(String(record.noteId));
    return caseId ? caseDocumentName(caseId) : null;
  }
  return typeof record.caseId === 'string' ? caseDocumentName(record.caseId) : null;
}

/**
 * Dexie's key for a record the document no longer has, from the key the
 * document knew it by (recordKey in shared/backup/tables). Only templates
 * (methods, screenings) have a compound key, and its second part is a version number.
 */
export function storageKeyOf(table: SyncedTable, recordKey: string): string | [string, number] {
  if (table !== 'methodTemplates' && table !== 'screeningTemplates') return recordKey;
  const [id = '', version = ''] = recordKey.split('\u001f');
  return [id, Number(version)];
}

/** The other way: the key the document knows a record by, from Dexie's key, joined as recordKey joins a compound key's parts. */
export const recordKeyOf = (storageKey: unknown): string => (Array.isArray(storageKey) ? storageKey.map(String).join('\u001f') : String(storageKey));
