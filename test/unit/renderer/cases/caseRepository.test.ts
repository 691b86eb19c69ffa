import { beforeEach, describe, expect, it } from 'vitest';
import { createCaseRepository, type CaseRepository } from '../../../../renderer/cases/caseRepository';
import type { BeraadDb } from '../../../../renderer/db/database';
import { ValidationError } from '@shared/util/validation';
import { emptyDoc } from '@shared/cases/blankDoc';
import type { RichText } from '@shared/cases/caseSchema';
import { caseInput } from '../../../fixtures/caseInput';
import { countWrites } from '../db/countWrites';
import { testDatabase } from '../db/testDatabase';

const pattern = 'EA-{jjjj}-{nnn}';
let db: BeraadDb;
let now: Date;
let repo: CaseRepository;

beforeEach(() => {
  db = testDatabase();
  now = new Date('2026-06-01T10:00:00Z');
  repo = createCaseRepository(db, () => now);
});

describe('case repository', () => {
  it('registers a case at intake with the next reference number and its description', async () => {
    const description: RichText = { type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'Achtergrond' }] }] };
    const first = await repo.registerOne({ input: caseInput(), description }, pattern);
    const second = await repo.registerOne({ input: caseInput({ title: 'Tweede' }) }, pattern);
    expect([first.reference, second.reference]).toEqual(['EA-2026-001', 'EA-2026-002']);
    expect(first.status).toBe('intake');
    expect(await repo.get(first.id)).toEqual(first);
    expect(await repo.getDescription(first.id)).toEqual(description);
  });

  it('registers a case in board mode with its provisional reference, taking no number of its own', async () => {
    const board = createCaseRepository(db, () => now, () => 'server');
    const [first, second] = await board.register([{ input: caseInput() }, { input: caseInput() }], pattern);
    expect(first!.reference).toBe(`concept-${first!.id.replace(/-/g, '').slice(0, 8)}`);
    expect(second!.reference).not.toBe(first!.reference);
    expect(await db.counters.count()).toBe(0);
    expect((await repo.registerOne({ input: caseInput() }, pattern)).reference).toBe('EA-2026-001');
  });

  it('numbers the concept cases once the machine works alone again: in order of registration, each in its own year, in one write', async () => {
    const writes = countWrites(db);
    let numbering: 'server' | 'local' = 'server';
    const board = createCaseRepository(db, () => now, () => numbering);
    now = new Date('2026-12-31T22:00:00Z');
    const [lastYear] = await board.register([{ input: caseInput({ title: 'Oudjaar' }) }], pattern);
    now = new Date('2027-01-02T09:00:00Z');
    const first = await board.registerOne({ input: caseInput({ title: 'Eerste' }) }, pattern);
    now = new Date('2027-01-02T09:05:00Z');
    const second = await board.registerOne({ input: caseInput({ title: 'Tweede' }) }, pattern);
    expect(await board.numberConcepts(pattern)).toEqual([]);

    numbering = 'local';
    const before = { transactions: writes.transactions, requests: writes.requests.get('cases') };
    const numbered = await board.numberConcepts(pattern);
    expect([writes.transactions - before.transactions, writes.requests.get('cases')! - before.requests!]).toEqual([1, 1]);
    const references = async (id: string) => (await board.get(id))?.reference;
    expect([await references(lastYear!.id), await references(first.id), await references(second.id)]).toEqual(['EA-2026-001', 'EA-2027-001', 'EA-2027-002']);
    expect(numbered.map((c) => c.title)).toEqual(['Oudjaar', 'Eerste', 'Tweede']);
    expect((await board.registerOne({ input: caseInput() }, pattern)).reference).toBe('EA-2027-003');
    expect(await board.numberConcepts(pattern)).toEqual([]);
  });

  it('never reuses a number, also not after archiving', async () => {
    const first = await repo.registerOne({ input: caseInput() }, pattern);
    await repo.archive(first.id);
    const second = await repo.registerOne({ input: caseInput() }, pattern);
    expect(second.reference).toBe('EA-2026-002');
  });

  it('starts again at 001 in a new year', async () => {
    await repo.registerOne({ input: caseInput() }, pattern);
    now = new Date('2027-01-01T08:00:00Z');
    expect((await repo.registerOne({ input: caseInput() }, pattern)).reference).toBe('EA-2027-001');
  });

  it('skips numbers that already exist when the pattern changed', async () => {
    await repo.register([{ input: caseInput() }, { input: caseInput() }], 'EA-{nnn}');
    await db.counters.clear();
    expect((await repo.registerOne({ input: caseInput() }, 'EA-{nnn}')).reference).toBe('EA-003');
  });

  it('proposes as the next number the one registration hands out: after the counter, past taken numbers, without taking it', async () => {
    expect(await repo.nextReference(pattern)).toBe('EA-2026-001');
    await repo.register([{ input: caseInput() }, { input: caseInput() }], pattern);
    expect(await repo.nextReference(pattern)).toBe('EA-2026-003');
    expect(await repo.nextReference(pattern)).toBe('EA-2026-003');
    // Cases restored from a backup carry their numbers but leave the counter behind.
    await db.counters.clear();
    expect(await repo.nextReference(pattern)).toBe('EA-2026-003');
    expect(await repo.nextReference('ETH/{jj}/{nnnn}')).toBe('ETH/26/0001');
    expect((await repo.registerOne({ input: caseInput() }, pattern)).reference).toBe('EA-2026-003');
  });

  it('registers many cases at once with unique numbers', async () => {
    const cases = await repo.register(Array.from({ length: 250 }, () => ({ input: caseInput() })), pattern);
    expect(new Set(cases.map((c) => c.reference)).size).toBe(250);
    expect(await repo.count()).toBe(250);
  });

  it('saves nothing when one case in a batch is invalid', async () => {
    await expect(
      repo.register([{ input: caseInput() }, { input: caseInput({ title: '' }) }], pattern),
    ).rejects.toBeInstanceOf(ValidationError);
    expect(await repo.count()).toBe(0);
    expect(await db.counters.count()).toBe(0);
  });

  it('updates fields and refuses invalid edits without changing the case', async () => {
    const registered = await repo.registerOne({ input: caseInput() }, pattern);
    now = new Date('2026-06-02T10:00:00Z');
    const updated = await repo.update(registered.id, caseInput({ title: 'Nieuwe titel' }));
    expect(updated.title).toBe('Nieuwe titel');
    expect(updated.updatedAt).toBe('2026-06-02T10:00:00.000Z');
    await expect(repo.update(registered.id, caseInput({ receivedOn: 'gisteren' }))).rejects.toThrow(ValidationError);
    expect((await repo.get(registered.id))?.title).toBe('Nieuwe titel');
  });

  it('changes status along the state machine and records the history', async () => {
    const registered = await repo.registerOne({ input: caseInput() }, pattern);
    expect(await repo.changeStatus(registered.id, 'in_voorbereiding')).toEqual({ ok: true });
    expect(await repo.changeStatus(registered.id, 'gepubliceerd')).toEqual({ ok: false, reason: 'not_allowed' });
    const stored = await repo.get(registered.id);
    expect(stored?.status).toBe('in_voorbereiding');
    expect(stored?.statusHistory).toEqual([{ from: 'intake', to: 'in_voorbereiding', at: '2026-06-01T10:00:00.000Z' }]);
  });

  it('archives and restores; an archived case cannot change status', async () => {
    const registered = await repo.registerOne({ input: caseInput() }, pattern);
    await repo.archive(registered.id);
    expect(await repo.changeStatus(registered.id, 'in_voorbereiding')).toEqual({ ok: false, reason: 'archived' });
    expect((await repo.restore(registered.id)).archivedAt).toBeNull();
    expect(await repo.count()).toBe(1);
  });

  it('stores the description separately and refuses a non-document', async () => {
    const registered = await repo.registerOne({ input: caseInput() }, pattern);
    const doc: RichText = { type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'Nieuw' }] }] };
    await repo.saveDescription(registered.id, doc);
    expect(await repo.getDescription(registered.id)).toEqual(doc);
    await expect(repo.saveDescription(registered.id, { type: 'paragraph' } as never)).rejects.toThrow(ValidationError);
    expect(await repo.getDescription(registered.id)).toEqual(doc);
  });
});

describe('case repository reads for the list', () => {
  it('gives the newest cases not archived, newest first', async () => {
    const registered = await repo.register(
      ['2026-01-05', '2025-12-31', '2026-03-01', '2026-02-10'].map((receivedOn) => ({ input: caseInput({ receivedOn }) })),
      pattern,
    );
    await repo.archive(registered[2]!.id);
    expect((await repo.newest(2)).map((c) => c.receivedOn)).toEqual(['2026-02-10', '2026-01-05']);
  });

  it('stores no record for a blank description yet reads it back as an empty document', async () => {
    const registered = await repo.registerOne({ input: caseInput(), description: emptyDoc }, pattern);
    expect(await db.caseDescriptions.count()).toBe(0);
    expect(await repo.getDescription(registered.id)).toEqual(emptyDoc);
  });
});

/* Per-record writes cost a request each and made seeding several times slower: this pins the batching. */
describe('registration in bulk', () => {
  const bulkDescription: RichText = { type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'Camera’s op het plein.' }] }] };

  it('registers many cases in one transaction, with one write request per table', async () => {
    const fresh = testDatabase();
    const counts = countWrites(fresh);
    await createCaseRepository(fresh).register(
      Array.from({ length: 200 }, () => ({ input: caseInput(), description: bulkDescription })),
      'EA-{nnn}',
    );
    expect(counts.transactions).toBe(1);
    expect(Object.fromEntries(counts.requests)).toEqual({ cases: 1, caseDescriptions: 1, counters: 1 });
    expect(counts.records.get('cases')).toBe(200);
  });
});
