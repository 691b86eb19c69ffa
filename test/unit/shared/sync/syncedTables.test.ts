import { describe, expect, it } from 'vitest';
import { backupTables, localOnlyTables, recordKey, tableNames } from '@shared/backup/tables';
import { boardTables, caseTables, documentOfRecord, recordKeyOf, storageKeyOf, syncedTables } from '@shared/sync/syncedTables';

describe('which tables are shared, and where', () => {
  it('decides for every table: shared in a case, shared on the board, or kept on this machine for a stated reason', () => {
    const machineOnly = ['counters', 'settings', 'drafts', 'attachments'];
    expect([...caseTables, ...boardTables, ...machineOnly].sort()).toEqual([...tableNames].sort());
    expect(localOnlyTables).toContain('syncOutbox');
  });

  it('puts a case’s records in its own document and the board’s in the board document', () => {
    const noCase = () => undefined;
    expect(documentOfRecord('cases', { id: 'c1' }, noCase)).toBe('case/c1');
    expect(documentOfRecord('actions', { id: 'a1', caseId: 'c1' }, noCase)).toBe('case/c1');
    expect(documentOfRecord('meetings', { id: 'm1' }, noCase)).toBe('board');
    expect(documentOfRecord('screenings', { id: 's1', caseId: 'c1' }, noCase)).toBe('board');
    expect(documentOfRecord('noteRevisions', { id: 'r1', noteId: 'n1' }, (noteId) => (noteId === 'n1' ? 'c9' : undefined))).toBe('case/c9');
    expect(documentOfRecord('noteRevisions', { id: 'r1', noteId: 'weg' }, noCase)).toBeNull();
  });

  it('turns a document’s key back into the stored key, numbers included', () => {
    expect(storageKeyOf('cases', 'c1')).toBe('c1');
    expect(storageKeyOf('methodTemplates', 'deda\u001f3')).toEqual(['deda', 3]);
    expect(storageKeyOf('screeningTemplates', 'screening\u001f2')).toEqual(['screening', 2]);
  });

  it('makes a record’s document key from its stored key as from the record, for every shared table', () => {
    for (const table of syncedTables) {
      const key = backupTables[table].key;
      const record = Object.fromEntries(key.map((field, index) => [field, index === 0 ? `${table}-1` : 3]));
      const stored = key.length === 1 ? record[key[0]!] : key.map((field) => record[field]);
      expect(recordKeyOf(stored), table).toBe(recordKey(table, record));
      expect(storageKeyOf(table, recordKeyOf(stored)), table).toEqual(stored);
    }
  });
});
