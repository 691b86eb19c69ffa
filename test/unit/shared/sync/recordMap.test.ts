import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { deleteRecord, keepRecord, readRecord, readTable, removalConflicts, touchedRecords, writeRecord } from '@shared/sync/recordMap';

const removal = { at: '2026-06-01T10:00:00.000Z', by: 'Anna' };

const exchange = (a: Y.Doc, b: Y.Doc) => {
  Y.applyUpdate(b, Y.encodeStateAsUpdate(a, Y.encodeStateVector(b)));
  Y.applyUpdate(a, Y.encodeStateAsUpdate(b, Y.encodeStateVector(a)));
};

describe('records in a document', () => {
  it('stores a record field by field and reads it back whole', () => {
    const doc = new Y.Doc();
    writeRecord(doc, 'cases', 'c1', { id: 'c1', title: 'Camera’s', themes: ['veiligheid'] }, null);
    expect(readRecord(doc, 'cases', 'c1')).toEqual({ id: 'c1', title: 'Camera’s', themes: ['veiligheid'] });
    expect(readTable(doc, 'cases')).toEqual(new Map([['c1', { id: 'c1', title: 'Camera’s', themes: ['veiligheid'] }]]));
    expect(readRecord(doc, 'cases', 'c2')).toBeNull();
  });

  it('writes only the named fields, and removes a field the record no longer has', () => {
    const doc = new Y.Doc();
    writeRecord(doc, 'cases', 'c1', { id: 'c1', title: 'Oud', question: 'Vraag', archivedAt: '2026-01-01T00:00:00.000Z' }, null);
    writeRecord(doc, 'cases', 'c1', { id: 'c1', title: 'Nieuw', question: 'Niet deze' }, ['title', 'archivedAt']);
    expect(readRecord(doc, 'cases', 'c1')).toEqual({ id: 'c1', title: 'Nieuw', question: 'Vraag' });
  });

  it('makes no update when what is written is already there', () => {
    const doc = new Y.Doc();
    writeRecord(doc, 'cases', 'c1', { id: 'c1', themes: ['a', 'b'] }, null);
    let updates = 0;
    doc.on('update', () => updates++);
    writeRecord(doc, 'cases', 'c1', { id: 'c1', themes: ['a', 'b'] }, null);
    expect(updates).toBe(0);
  });

  it('merges two machines’ changes to different fields, and for one field settles on one value on both', () => {
    const [a, b] = [new Y.Doc(), new Y.Doc()];
    writeRecord(a, 'cases', 'c1', { id: 'c1', title: 'T', question: 'V' }, null);
    exchange(a, b);
    writeRecord(a, 'cases', 'c1', { id: 'c1', title: 'T van A', question: 'V' }, ['title']);
    writeRecord(b, 'cases', 'c1', { id: 'c1', title: 'T van B', question: 'V van B' }, ['title', 'question']);
    exchange(a, b);
    expect(readRecord(a, 'cases', 'c1')).toEqual(readRecord(b, 'cases', 'c1'));
    expect(readRecord(a, 'cases', 'c1')?.question).toBe('V van B');
  });

  it('names the records a remote change touched, new, changed and removed', () => {
    const [a, b] = [new Y.Doc(), new Y.Doc()];
    writeRecord(a, 'cases', 'c1', { id: 'c1', title: 'T' }, null);
    writeRecord(a, 'notes', 'n1', { id: 'n1' }, null);
    exchange(a, b);
    const seen: { table: string; key: string }[][] = [];
    b.on('afterTransaction', (transaction: Y.Transaction) => seen.push(touchedRecords(transaction, ['cases', 'notes'])));
    writeRecord(a, 'cases', 'c1', { id: 'c1', title: 'T2' }, ['title']);
    writeRecord(a, 'cases', 'c2', { id: 'c2' }, null);
    deleteRecord(a, 'notes', 'n1', removal);
    exchange(a, b);
    expect(seen.flat().sort((x, y) => x.key.localeCompare(y.key))).toEqual([
      { table: 'cases', key: 'c1' },
      { table: 'cases', key: 'c2' },
      { table: 'notes', key: 'n1' },
    ]);
  });

  it('sees changes to a table the receiving document had not used yet', () => {
    const [a, b] = [new Y.Doc(), new Y.Doc()];
    let touched: { table: string; key: string }[] = [];
    b.on('afterTransaction', (transaction: Y.Transaction) => (touched = touchedRecords(transaction, ['cases'])));
    writeRecord(a, 'cases', 'c1', { id: 'c1' }, null);
    exchange(a, b);
    expect(touched).toEqual([{ table: 'cases', key: 'c1' }]);
  });

  it('removes a record on every machine when nobody changed it meanwhile', () => {
    const [a, b] = [new Y.Doc(), new Y.Doc()];
    writeRecord(a, 'notes', 'n1', { id: 'n1', text: 'Eerst' }, null);
    writeRecord(a, 'notes', 'n2', { id: 'n2' }, null);
    exchange(a, b);
    writeRecord(b, 'notes', 'n1', { id: 'n1', text: 'Gezien' }, ['text']);
    exchange(a, b);
    deleteRecord(a, 'notes', 'n1', removal);
    exchange(a, b);
    for (const doc of [a, b]) {
      expect(readRecord(doc, 'notes', 'n1')).toBeNull();
      expect([...readTable(doc, 'notes').keys()]).toEqual(['n2']);
      expect(removalConflicts(doc, ['notes'])).toEqual([]);
    }
  });

  it('keeps a record removed on one machine and changed on another while apart, and names the removal as a conflict on both', () => {
    const [a, b] = [new Y.Doc(), new Y.Doc()];
    writeRecord(a, 'notes', 'n1', { id: 'n1', text: 'Eerst', author: 'A' }, null);
    exchange(a, b);
    deleteRecord(a, 'notes', 'n1', removal);
    writeRecord(b, 'notes', 'n1', { id: 'n1', text: 'Aangevuld' }, ['text']);
    exchange(a, b);
    for (const doc of [a, b]) {
      expect(readRecord(doc, 'notes', 'n1')).toEqual({ id: 'n1', text: 'Aangevuld', author: 'A' });
      expect(removalConflicts(doc, ['notes'])).toEqual([{ table: 'notes', key: 'n1', ...removal }]);
    }

    keepRecord(b, 'notes', 'n1');
    exchange(a, b);
    for (const doc of [a, b]) {
      expect(readRecord(doc, 'notes', 'n1')).toEqual({ id: 'n1', text: 'Aangevuld', author: 'A' });
      expect(removalConflicts(doc, ['notes'])).toEqual([]);
    }
  });

  it('removes a record whose removal met an edit once it is removed again, seeing the edit', () => {
    const [a, b] = [new Y.Doc(), new Y.Doc()];
    writeRecord(a, 'notes', 'n1', { id: 'n1', text: 'Eerst' }, null);
    exchange(a, b);
    deleteRecord(a, 'notes', 'n1', removal);
    writeRecord(b, 'notes', 'n1', { id: 'n1', text: 'Aangevuld' }, ['text']);
    exchange(a, b);
    deleteRecord(b, 'notes', 'n1', { ...removal, by: 'Bram' });
    exchange(a, b);
    for (const doc of [a, b]) expect([readRecord(doc, 'notes', 'n1'), removalConflicts(doc, ['notes'])]).toEqual([null, []]);
  });

  it('brings a removed record back whole when it is written whole again', () => {
    const doc = new Y.Doc();
    writeRecord(doc, 'notes', 'n1', { id: 'n1', text: 'Eerst' }, null);
    deleteRecord(doc, 'notes', 'n1', removal);
    writeRecord(doc, 'notes', 'n1', { id: 'n1', text: 'Opnieuw' }, null);
    expect([readRecord(doc, 'notes', 'n1'), removalConflicts(doc, ['notes'])]).toEqual([{ id: 'n1', text: 'Opnieuw' }, []]);
  });
});
