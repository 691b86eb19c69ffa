import { describe, expect, it } from 'vitest';
import { backupTables, localOnlyTables, tableNames, type TableSpec } from '@shared/backup/tables';
import { createBackupRepository } from '../../../../renderer/backup/backupRepository';
import { createBackupLog } from '../../../../renderer/backup/backupLog';
import { schemaVersions } from '../../../../renderer/db/schemaVersions';
import { caseRecord, everyTable } from '../../../fixtures/backup/records';
import { testDatabase } from '../db/testDatabase';
import { dump, seedEveryTable } from './dbHelpers';

const clock = () => new Date('2026-11-22T12:00:00.000Z');

async function restored(bytes: Uint8Array) {
  const db = testDatabase();
  const backups = createBackupRepository(db, '9.9.9', clock);
  const read = await backups.read(bytes);
  if (!read.ok) throw new Error(JSON.stringify(read.refusal));
  await backups.restore(read.value);
  return db;
}

describe('backup coverage', () => {
  it('covers every table of the database, with its primary key and the version that added it', () => {
    const db = testDatabase();
    const local: readonly string[] = localOnlyTables;
    const backedUp = db.tables.filter((table) => !local.includes(table.name));
    // A table added to schemaVersions without an entry in shared/backup/tables.ts fails here.
    expect([...tableNames].sort()).toEqual(backedUp.map((table) => table.name).sort());
    for (const table of backedUp) {
      const keyPath = table.schema.primKey.keyPath;
      expect([backupTables[table.name as keyof typeof backupTables].key].flat().join('+'), table.name).toBe([keyPath].flat().join('+'));
      const introduced = schemaVersions.find((version) => Object.hasOwn(version.stores, table.name))!.version;
      expect(backupTables[table.name as keyof typeof backupTables].since, table.name).toBe(introduced);
    }
  });

  it('knows every unique index of the database, so the check before a restore covers each', () => {
    const local: readonly string[] = localOnlyTables;
    for (const table of testDatabase().tables.filter((table) => !local.includes(table.name))) {
      const spec: TableSpec = backupTables[table.name as keyof typeof backupTables];
      const unique = table.schema.indexes.filter((index) => index.unique).map((index) => [index.keyPath].flat().join('+'));
      expect(spec.unique ?? [], table.name).toEqual(unique);
    }
  });

  it('has fixture records for every table, so the round trip below covers each one', () => {
    for (const table of tableNames) expect(everyTable[table].length, table).toBeGreaterThan(0);
  });
});

describe('round trip', () => {
  it('brings back every record deep-equal, including unusual text, empty and maximal fields and attachment bytes', async () => {
    const db = testDatabase();
    await seedEveryTable(db);
    const before = await dump(db);
    const bytes = await createBackupRepository(db, '9.9.9', clock).create();
    await db.delete();

    const fresh = await restored(bytes);
    expect(await dump(fresh)).toEqual(before);
    const attachment = (await fresh.attachments.toArray())[0]!;
    expect(attachment.blob.type).toBe(attachment.type);
  });

  it('replaces whatever was there, and keeps this machine’s backup log', async () => {
    const source = testDatabase();
    await seedEveryTable(source);
    const bytes = await createBackupRepository(source, '9.9.9', clock).create();

    const target = testDatabase();
    await target.cases.add(caseRecord(0, { id: crypto.randomUUID(), reference: 'ANDERS-1' }));
    const log = await createBackupLog(target, clock).record(new Date('2026-11-20T08:00:00.000Z'));
    const backups = createBackupRepository(target, '9.9.9', clock);
    const read = await backups.read(bytes);
    if (!read.ok) throw new Error('refused');
    await backups.restore(read.value);
    expect(await dump(target)).toMatchObject({ cases: await source.cases.toArray() });
    expect(await createBackupLog(target, clock).get()).toEqual(log);
  });
});

describe('restore writes only what differs', () => {
  /** Counts Dexie's create, update and delete hooks on every table while `work` runs. */
  async function countWrites(db: ReturnType<typeof testDatabase>, work: () => Promise<void>) {
    const writes = { created: 0, updated: 0, deleted: 0 };
    for (const table of db.tables) {
      table.hook('creating', () => void writes.created++);
      table.hook('updating', () => void writes.updated++);
      table.hook('deleting', () => void writes.deleted++);
    }
    await work();
    return writes;
  }

  /** A database with every table filled, its backup checked and ready, and a dump of the data as backed up. */
  async function backedUp() {
    const db = testDatabase();
    await seedEveryTable(db);
    const backups = createBackupRepository(db, '9.9.9', clock);
    const read = await backups.read(await backups.create());
    if (!read.ok) throw new Error('refused');
    return { db, backups, backup: read.value, before: await dump(db) };
  }

  it('writes nothing but the files when the data already equals the backup', async () => {
    const { db, backups, backup, before } = await backedUp();
    const writes = await countWrites(db, () => backups.restore(backup));
    // Attachments are always written again; everything else is equal and left alone.
    expect(writes).toEqual({ created: 0, updated: everyTable.attachments.length, deleted: 0 });
    expect(await dump(db)).toEqual(before);
  });

  it('puts back a changed record, removes a newer one and returns a deleted one, and nothing else', async () => {
    const { db, backups, backup, before } = await backedUp();
    const [first, second] = everyTable.cases as { id: string }[];
    await db.cases.update(first!.id, { title: 'Later gewijzigd' });
    await db.cases.delete(second!.id);
    await db.cases.add(caseRecord(1, { id: crypto.randomUUID(), reference: 'NIEUW-9' }));

    const writes = await countWrites(db, () => backups.restore(backup));
    expect(writes).toEqual({ created: 1, updated: 1 + everyTable.attachments.length, deleted: 1 });
    expect(await dump(db)).toEqual(before);
  });

  it('restores two cases that swapped numbers since, which a unique index would refuse one write at a time', async () => {
    const { db, backups, backup, before } = await backedUp();
    const [first, second] = everyTable.cases as { id: string; reference: string }[];
    await db.transaction('rw', db.cases, async () => {
      await db.cases.update(first!.id, { reference: 'TIJDELIJK' });
      await db.cases.update(second!.id, { reference: first!.reference });
      await db.cases.update(first!.id, { reference: second!.reference });
    });
    await backups.restore(backup);
    expect(await dump(db)).toEqual(before);
  });
});

describe('interrupted restore', () => {
  it('leaves the database exactly as it was when a write fails halfway', async () => {
    const source = testDatabase();
    await seedEveryTable(source);
    const bytes = await createBackupRepository(source, '9.9.9', clock).create();

    const db = testDatabase();
    await db.cases.add(caseRecord(1, { reference: 'LOKAAL-7', title: 'Hier en nu' }));
    await db.notes.add(everyTable.notes[1] as never);
    const before = await dump(db);
    const backups = createBackupRepository(db, '9.9.9', clock);
    const read = await backups.read(bytes);
    if (!read.ok) throw new Error('refused');

    // Tables are cleared first and filled in order; notes come after cases, so the failure is mid-way.
    let written = 0;
    db.notes.hook('creating', () => {
      written++;
      throw new Error('schijf weg');
    });
    await expect(backups.restore(read.value)).rejects.toThrow();
    expect(written).toBeGreaterThan(0);
    expect(await dump(db)).toEqual(before);
  });
});
