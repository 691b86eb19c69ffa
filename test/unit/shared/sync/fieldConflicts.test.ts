import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { keepOverwritten, nameWriter, openFieldConflicts, overwrittenValues, settleFieldConflict, type OverwrittenValue } from '@shared/sync/fieldConflicts';
import { readRecord, writeRecord } from '@shared/sync/recordMap';

const tables = ['cases'];

/** A machine's document that keeps what each update from elsewhere overwrote, as the sync engine does. */
function machine(client: number) {
  const doc = new Y.Doc();
  doc.clientID = client;
  const lost: OverwrittenValue[] = [];
  doc.on('afterTransaction', (transaction: Y.Transaction) => {
    if (!transaction.local) lost.push(...overwrittenValues(transaction, tables));
  });
  return { doc, lost };
}

const send = (from: Y.Doc, to: Y.Doc) => Y.applyUpdate(to, Y.encodeStateAsUpdate(from, Y.encodeStateVector(to)));
const exchange = (a: Y.Doc, b: Y.Doc) => {
  send(a, b);
  send(b, a);
};

describe('values lost to a concurrent write', () => {
  it('finds the value that lost, the same on the machine that held it and on one that received it whole', () => {
    const [a, b] = [machine(1), machine(2)];
    writeRecord(a.doc, 'cases', 'c1', { id: 'c1', title: 'T', question: 'V' }, null);
    exchange(a.doc, b.doc);
    writeRecord(a.doc, 'cases', 'c1', { id: 'c1', title: 'Titel van A' }, ['title']);
    writeRecord(b.doc, 'cases', 'c1', { id: 'c1', title: 'Titel van B' }, ['title']);
    exchange(a.doc, b.doc);

    const kept = readRecord(a.doc, 'cases', 'c1')?.title;
    const other = kept === 'Titel van A' ? 'Titel van B' : 'Titel van A';
    expect(readRecord(b.doc, 'cases', 'c1')?.title).toBe(kept);
    for (const { lost } of [a, b]) expect(lost.map(({ field, value }) => [field, value])).toEqual([['title', other]]);
    expect(a.lost[0]!.id).toBe(b.lost[0]!.id);
  });

  it('finds nothing when one machine changed the value after it saw the other’s', () => {
    const [a, b] = [machine(1), machine(2)];
    writeRecord(a.doc, 'cases', 'c1', { id: 'c1', title: 'T' }, null);
    exchange(a.doc, b.doc);
    writeRecord(a.doc, 'cases', 'c1', { id: 'c1', title: 'Titel van A' }, ['title']);
    exchange(a.doc, b.doc);
    writeRecord(b.doc, 'cases', 'c1', { id: 'c1', title: 'Titel van B, daarna' }, ['title']);
    exchange(a.doc, b.doc);
    expect([...a.lost, ...b.lost]).toEqual([]);
  });

  it('keeps only the last of several values one machine wrote while apart, and nothing for another field', () => {
    const [a, b] = [machine(1), machine(2)];
    writeRecord(a.doc, 'cases', 'c1', { id: 'c1', title: 'T', question: 'V' }, null);
    exchange(a.doc, b.doc);
    writeRecord(a.doc, 'cases', 'c1', { id: 'c1', title: 'A1' }, ['title']);
    writeRecord(a.doc, 'cases', 'c1', { id: 'c1', title: 'A2' }, ['title']);
    writeRecord(b.doc, 'cases', 'c1', { id: 'c1', title: 'B', question: 'Vraag van B' }, ['title', 'question']);
    exchange(a.doc, b.doc);
    const kept = readRecord(a.doc, 'cases', 'c1')?.title;
    expect(a.lost.map(({ value }) => value)).toEqual([kept === 'B' ? 'A2' : 'B']);
  });

  it('shows a kept value with its writer until it is settled, on every machine, also one that noticed it again later', () => {
    const [a, b] = [machine(1), machine(2)];
    writeRecord(a.doc, 'cases', 'c1', { id: 'c1', title: 'T' }, null);
    exchange(a.doc, b.doc);
    nameWriter(a.doc, 'Anna');
    writeRecord(a.doc, 'cases', 'c1', { id: 'c1', title: 'Titel van A' }, ['title']);
    nameWriter(b.doc, 'Bram');
    writeRecord(b.doc, 'cases', 'c1', { id: 'c1', title: 'Titel van B' }, ['title']);
    exchange(a.doc, b.doc);
    keepOverwritten(a.doc, a.lost, '2026-06-01T10:00:00.000Z');
    exchange(a.doc, b.doc);

    const [open] = openFieldConflicts(b.doc);
    const loser = open?.value === 'Titel van A' ? 'Anna' : 'Bram';
    expect(open).toMatchObject({ table: 'cases', key: 'c1', field: 'title', by: loser });
    expect(openFieldConflicts(a.doc)).toEqual([open]);

    settleFieldConflict(b.doc, open!.id, '2026-06-01T11:00:00.000Z');
    keepOverwritten(a.doc, a.lost, '2026-06-01T12:00:00.000Z');
    exchange(a.doc, b.doc);
    expect([openFieldConflicts(a.doc), openFieldConflicts(b.doc)]).toEqual([[], []]);
  });

  it('closes a kept value once the field holds it again', () => {
    const [a, b] = [machine(1), machine(2)];
    writeRecord(a.doc, 'cases', 'c1', { id: 'c1', title: 'T' }, null);
    exchange(a.doc, b.doc);
    writeRecord(a.doc, 'cases', 'c1', { id: 'c1', title: 'Titel van A' }, ['title']);
    writeRecord(b.doc, 'cases', 'c1', { id: 'c1', title: 'Titel van B' }, ['title']);
    exchange(a.doc, b.doc);
    keepOverwritten(a.doc, a.lost, '2026-06-01T10:00:00.000Z');
    const [open] = openFieldConflicts(a.doc);
    writeRecord(a.doc, 'cases', 'c1', { id: 'c1', title: open!.value }, ['title']);
    expect(openFieldConflicts(a.doc)).toEqual([]);
  });
});
