import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { createBackupRepository } from '../../../../renderer/backup/backupRepository';
import { refusalMessage } from '../../../../renderer/backup/refusalMessage';
import { buildHostileCorpus, type HostileFile } from '../../../fixtures/backup/hostileCorpus';
import { readBackup } from '@shared/backup/readBackup';
import type { TableRecords } from '@shared/backup/tables';
import { packTables, writeBackup } from '@shared/backup/writeBackup';
import { attachmentFiles, caseRecord, everyTable, ids } from '../../../fixtures/backup/records';
import { testDatabase } from '../db/testDatabase';
import { dump, dutch } from './dbHelpers';

const folder = fileURLToPath(new URL('../../../fixtures/backup/hostile/', import.meta.url));
const corpus = JSON.parse(await readFile(`${folder}expected.json`, 'utf8')) as HostileFile[];
let t: Awaited<ReturnType<typeof dutch>>;
beforeAll(async () => {
  t = await dutch();
});

/** A database with data of its own, so "unchanged" means something. */
async function localData() {
  const db = testDatabase();
  await db.cases.add(caseRecord(1, { reference: 'LOKAAL-1', title: 'Alleen hier' }));
  await db.people.add(everyTable.people[0] as never);
  return db;
}

describe('hostile and broken backup files', () => {
  it('has the whole corpus on disk, as the generator makes it today', async () => {
    const generated = await buildHostileCorpus();
    expect(corpus).toEqual(generated.map(({ file }) => file));
    for (const { file, bytes } of generated) {
      // When a schema changes, regenerate: npx tsx test/fixtures/backup/makeHostileCorpus.ts
      expect(new Uint8Array(await readFile(`${folder}${file.name}`)), file.name).toEqual(bytes);
    }
    // Building the corpus deflates a 51 MB attachment and a 30 MB text.
  }, 60_000);

  it.each(corpus.map((file) => [file.name, file] as const))('refuses %s with a message naming the problem, changing nothing', async (_name, file) => {
    const db = await localData();
    const before = await dump(db);
    const backups = createBackupRepository(db, '0.1.0');
    const read = await backups.read(new Uint8Array(await readFile(`${folder}${file.name}`)));
    if (read.ok) await backups.restore(read.value);
    expect(read.ok, file.about).toBe(false);
    if (!read.ok) expect(refusalMessage(t, read.refusal)).toBe(file.message);
    expect(await dump(db)).toEqual(before);
    expect(({} as Record<string, unknown>).isAdmin).toBeUndefined();
    // The 51 MB attachment is unpacked and hashed, as a real one would be.
  }, 30_000);

  it('accepts the valid file the corpus was made from', async () => {
    const backups = createBackupRepository(await localData(), '0.1.0');
    const read = await backups.read(new Uint8Array(await readFile(`${folder}valid.zip`)));
    expect(read.ok && read.value.tables.cases.length).toBe(2);
  });

  it('takes a 51 MB attachment where the limit here, or the one the backup itself was made under, allows it', async () => {
    const options = { kind: 'full' as const, schemaVersion: 3, checkRichText: () => true };
    const overLimit = new Uint8Array(await readFile(`${folder}attachment-over-limit.zip`));
    expect((await readBackup(overLimit, { ...options, attachmentLimitMb: 100 })).ok).toBe(true);

    const bytes = new Uint8Array(51 * 1024 * 1024);
    const tables = structuredClone(everyTable) as TableRecords;
    tables.attachments[0]!.size = bytes.length;
    (tables.settings[0]!.value as Record<string, unknown>).attachmentLimitMb = 100;
    const raised = await writeBackup(
      { tables: packTables(tables), files: new Map([...attachmentFiles, [ids.attachment, bytes]]) },
      { kind: 'full', appVersion: '0.1.0', schemaVersion: 3, createdAt: new Date('2026-11-22T12:00:00.000Z'), case: null },
    );
    expect((await readBackup(raised, options)).ok).toBe(true);
  }, 30_000);

  it('refuses a file over the size limit before unzipping it', async () => {
    const backups = createBackupRepository(await localData(), '0.1.0');
    const read = await (await import('@shared/backup/readBackup')).readBackup(new Uint8Array(await readFile(`${folder}valid.zip`)), {
      kind: 'full',
      schemaVersion: 3,
      checkRichText: () => true,
      limits: { ...(await import('@shared/backup/limits')).defaultLimits, maxFileBytes: 1024 },
    });
    expect(backups).toBeDefined();
    expect(!read.ok && read.refusal.code).toBe('tooLarge');
  });
});
