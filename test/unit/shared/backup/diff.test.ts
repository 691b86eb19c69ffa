import { describe, expect, it } from 'vitest';
import { planTableRestore, primaryKey, summarizeDifferences } from '@shared/backup/diff';
import { emptyTables } from '@shared/backup/tables';

const person = (id: string, name: string) => ({ id, name, role: 'lid', active: true });

describe('planTableRestore', () => {
  it('removes what the backup lacks, writes what is new or different, and leaves equal records alone', () => {
    const backup = [person('a', 'Anna'), person('b', 'Bram'), person('c', 'Cor')];
    const current = [person('a', 'Anna'), person('b', 'Bram de Wit'), person('d', 'Dirk')];
    const plan = planTableRestore('people', backup, current);
    expect(plan.remove).toEqual(['d']);
    expect(plan.put).toEqual([person('b', 'Bram'), person('c', 'Cor')]);
    expect(plan.changed).toBe(1);
  });

  it('compares by content, not by the order of keys or the identity of nested objects', () => {
    const stored = { id: 'a', doc: { type: 'doc', content: [{ type: 'paragraph' }] }, updatedAt: 'x' };
    const fromFile = { updatedAt: 'x', doc: { content: [{ type: 'paragraph' }], type: 'doc' }, id: 'a' };
    expect(planTableRestore('notes', [fromFile], [stored]).put).toEqual([]);
  });

  it('treats a field present on one side only as a difference, also when it is undefined', () => {
    expect(planTableRestore('people', [{ id: 'a' }], [{ id: 'a', extra: undefined }]).put).toHaveLength(1);
  });

  it('names the changed records whose unique value changes, so they are removed before any is put', () => {
    const backup = [{ id: 'a', reference: 'EA-2' }, { id: 'b', reference: 'EA-1' }, { id: 'c', reference: 'EA-3', title: 'nieuw' }];
    const current = [{ id: 'a', reference: 'EA-1' }, { id: 'b', reference: 'EA-2' }, { id: 'c', reference: 'EA-3', title: 'oud' }];
    expect(planTableRestore('cases', backup, current).uniqueChanged).toEqual(['a', 'b']);
    expect(planTableRestore('people', [person('a', 'Anna')], [person('a', 'Ans')]).uniqueChanged).toEqual([]);
  });

  it('deletes by the compound key of a table that has one', () => {
    const plan = planTableRestore('methodTemplates', [], [{ id: 'm', version: 2 }]);
    expect(plan.remove).toEqual([['m', 2]]);
    expect(primaryKey('caseDescriptions', { caseId: 'c' })).toBe('c');
  });
});

describe('summarizeDifferences', () => {
  it('counts per table what the restore brings back, removes and changes', () => {
    const backup = { ...emptyTables(), people: [person('a', 'Anna'), person('b', 'Bram'), person('c', 'Cor')] };
    const current = { ...emptyTables(), people: [person('a', 'Anna'), person('b', 'Bram de Wit'), person('d', 'Dirk')] };
    const people = summarizeDifferences(backup, current).find((difference) => difference.table === 'people');
    expect(people).toEqual({ table: 'people', inBackup: 3, current: 3, onlyInBackup: 1, onlyHere: 1, changed: 1 });
  });
});
