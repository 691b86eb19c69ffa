import { describe, expect, it } from 'vitest';
import type { RichText } from '@shared/cases/caseSchema';
import { backupBatchSize, createBackupRepository } from '../../../../renderer/backup/backupRepository';
import { everyTable } from '../../../fixtures/backup/records';
import { createCaseRepository } from '../../../../renderer/cases/caseRepository';
import { caseInput } from '../../../fixtures/caseInput';
import { countReads } from '../db/countReads';
import { countWrites } from '../db/countWrites';
import { testDatabase } from '../db/testDatabase';

const clock = () => new Date('2026-11-22T12:00:00.000Z');
const description: RichText = { type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'Camera’s op het plein.' }] }] };

/* Per-record writes cost a request each and made restores several times slower: this pins the batching. */
describe('restore writes in bulk', () => {
  it('restores a backup of many records into an empty database in one transaction, with one write request per table', async () => {
    const source = testDatabase();
    await createCaseRepository(source, clock).register(
      Array.from({ length: 200 }, () => ({ input: caseInput(), description })),
      'EA-{nnn}',
    );
    const bytes = await createBackupRepository(source, '9.9.9', clock).create();

    const target = testDatabase();
    const counts = countWrites(target);
    const backups = createBackupRepository(target, '9.9.9', clock);
    const read = await backups.read(bytes);
    if (!read.ok) throw new Error(JSON.stringify(read.refusal));
    await backups.restore(read.value);

    expect(counts.transactions).toBe(1);
    expect(counts.records.get('cases')).toBe(200);
    expect(counts.records.get('caseDescriptions')).toBe(200);
    // A bulk delete (of nothing, here) and a bulk put at most, whatever the number of records.
    for (const [table, requests] of counts.requests) expect(requests, table).toBeLessThanOrEqual(2);
  });
});

describe('backup reads in bulk', () => {
  it('reads every table of many records in one transaction, with one request per table', async () => {
    const db = testDatabase();
    const counts = countReads(db);
    await createCaseRepository(db, clock).register(
      Array.from({ length: 200 }, () => ({ input: caseInput(), description })),
      'EA-{nnn}',
    );
    const before = { transactions: counts.transactions, requests: new Map(counts.requests) };
    await createBackupRepository(db, '9.9.9', clock).create();

    expect(counts.transactions - before.transactions).toBe(1);
    for (const [table, requests] of counts.requests) expect(requests - (before.requests.get(table) ?? 0), table).toBe(1);
  });

  it('reads a table larger than a batch in batches that together hold each record once, a compound key as well', async () => {
    const db = testDatabase();
    const counts = countReads(db);
    const counters = Array.from({ length: 2 * backupBatchSize + 500 }, (_, i) => ({ key: `teller-${String(i).padStart(5, '0')}`, value: i }));
    const template = everyTable.methodTemplates[0]!;
    const templates = Array.from({ length: backupBatchSize + 1 }, (_, i) => ({ ...template, version: i + 1 }));
    await db.counters.bulkPut(counters);
    await db.methodTemplates.bulkPut(templates as never);
    const before = { transactions: counts.transactions, requests: new Map(counts.requests) };
    const bytes = await createBackupRepository(db, '9.9.9', clock).create();

    expect(counts.transactions - before.transactions).toBe(1);
    expect(counts.requests.get('counters')! - (before.requests.get('counters') ?? 0)).toBe(3);
    expect(counts.requests.get('methodTemplates')! - (before.requests.get('methodTemplates') ?? 0)).toBe(2);
    const read = await createBackupRepository(testDatabase(), '9.9.9', clock).read(bytes);
    if (!read.ok) throw new Error(JSON.stringify(read.refusal));
    expect(read.value.tables.counters).toEqual(counters);
    expect(read.value.tables.methodTemplates).toEqual(templates);
  });
});
