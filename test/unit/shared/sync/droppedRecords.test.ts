import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { keepOverwritten, openFieldConflicts } from '@shared/sync/fieldConflicts';
import { droppedRecords, isEmptyValue, mergeDroppedRecord, type DroppedRecord } from '@shared/sync/droppedRecords';
import { readRecord, writeRecord } from '@shared/sync/recordMap';

const tables = ['caseBoards', 'advices', 'adviceVersions'];
const merging = Symbol('merging');

/** A machine's document that carries over what each update from elsewhere dropped, as the sync engine does. */
function machine(client: number) {
  const doc = new Y.Doc();
  doc.clientID = client;
  const dropped: DroppedRecord[] = [];
  doc.on('afterTransaction', (transaction: Y.Transaction) => {
    if (!transaction.local) dropped.push(...droppedRecords(transaction, tables));
  });
  /** What the engine does after the change is applied: the dropped fields into the kept record. */
  const merge = () =>
    doc.transact(() => {
      for (const record of dropped.splice(0)) keepOverwritten(doc, mergeDroppedRecord(doc, record).conflicts, '2026-06-01T10:00:00.000Z');
    }, merging);
  return { doc, dropped, merge };
}

const send = (from: Y.Doc, to: Y.Doc) => Y.applyUpdate(to, Y.encodeStateAsUpdate(from, Y.encodeStateVector(to)));

/** Through a server, as the app meets another machine: each sends its state, takes the other's, and sends what it merged. */
function throughServer(server: Y.Doc, ...machines: ReturnType<typeof machine>[]) {
  for (const { doc } of machines) send(doc, server);
  for (const { doc, merge } of machines) {
    send(server, doc);
    merge();
    send(doc, server);
  }
  for (const { doc } of machines) send(server, doc);
}

const board = (fields: Record<string, unknown>) => ({ caseId: 'c1', members: [], conflicts: [], note: '', updatedAt: '2026-06-01T10:00:00.000Z', ...fields });

describe('a record created on two machines while apart', () => {
  it('keeps every field either filled in, shows the field both filled in differently, and ends alike on every machine, one joining later too', () => {
    const server = new Y.Doc();
    server.clientID = 99;
    const [a, b] = [machine(1), machine(2)];
    const anna = [{ personId: 'p1', role: 'lid' }];
    writeRecord(a.doc, 'caseBoards', 'c1', board({ members: anna, note: 'Notitie van Anna' }), null);
    writeRecord(b.doc, 'caseBoards', 'c1', board({ conflicts: [{ personId: 'p2', declaredOn: '2026-06-01', description: 'Buur', measure: 'geen_gevolg' }], note: 'Notitie van Bram' }), null);

    throughServer(server, a, b);
    throughServer(server, a, b);

    const record = readRecord(a.doc, 'caseBoards', 'c1')!;
    expect(record.members).toEqual(anna);
    expect(record.conflicts).toHaveLength(1);
    const lost = record.note === 'Notitie van Anna' ? 'Notitie van Bram' : 'Notitie van Anna';
    const later = new Y.Doc();
    send(server, later);
    for (const doc of [b.doc, server, later]) expect(readRecord(doc, 'caseBoards', 'c1')).toEqual(record);
    for (const doc of [a.doc, b.doc, later]) expect(openFieldConflicts(doc).map(({ field, value }) => [field, value])).toEqual([['note', lost]]);
  });

  it('finds nothing when a machine replaced a record it had seen', () => {
    const [a, b] = [machine(1), machine(2)];
    writeRecord(a.doc, 'caseBoards', 'c1', board({ note: 'Eerst' }), null);
    send(a.doc, b.doc);
    a.doc.getMap<Y.Map<unknown>>('caseBoards').set('c1', new Y.Map([['caseId', 'c1']]));
    send(a.doc, b.doc);
    expect(b.dropped).toEqual([]);
  });

  it('takes nothing empty for a value', () => {
    expect([null, '', [], { discussedOn: null, note: '' }, { type: 'doc', content: [{ type: 'paragraph' }] }].every(isEmptyValue)).toBe(true);
    expect([0, false, 'x', ['x'], { type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'x' }] }] }].some(isEmptyValue)).toBe(false);
  });

  it('keeps both machines’ first versions of an advice started apart: the other’s numbered on, and the latest', () => {
    const server = new Y.Doc();
    server.clientID = 99;
    const [a, b] = [machine(1), machine(2)];
    const summary = (id: string, createdAt: string) => ({ id, number: 1, status: 'draft', reason: '', createdAt, issuedAt: null });
    const [va, vb] = ['11111111-1111-4111-8111-111111111111', '22222222-2222-4222-8222-222222222222'];
    for (const [{ doc }, id, createdAt] of [[a, va, '2026-06-01T09:00:00.000Z'], [b, vb, '2026-06-01T09:30:00.000Z']] as const) {
      writeRecord(doc, 'adviceVersions', id, { ...summary(id, createdAt), caseId: 'c1', title: `Tekst van ${id}` }, null);
      writeRecord(doc, 'advices', 'c1', { caseId: 'c1', versions: [summary(id, createdAt)], latest: { number: 1, status: 'draft' }, issuedOn: null, updatedAt: createdAt }, null);
    }

    throughServer(server, a, b);
    throughServer(server, a, b);

    const advice = readRecord(a.doc, 'advices', 'c1')!;
    const [first, second] = advice.versions as { id: string; number: number }[];
    expect([first!.number, second!.number, new Set([first!.id, second!.id])]).toEqual([1, 2, new Set([va, vb])]);
    expect(advice.latest).toEqual({ number: 2, status: 'draft' });
    for (const doc of [a.doc, b.doc, server]) {
      expect(readRecord(doc, 'advices', 'c1')).toEqual(advice);
      expect(readRecord(doc, 'adviceVersions', second!.id)).toMatchObject({ number: 2, title: `Tekst van ${second!.id}` });
      expect(readRecord(doc, 'adviceVersions', first!.id)).toMatchObject({ number: 1 });
      expect(openFieldConflicts(doc)).toEqual([]);
    }
  });
});

