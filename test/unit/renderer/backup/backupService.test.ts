import { describe, expect, it, vi } from 'vitest';
import type { Bridge, BridgeResult, Response } from '@shared/ipc/contract';
import { defaultSettings } from '@shared/settings/defaultSettings';
import { createBackupService } from '../../../../renderer/backup/backupService';
import { trackChanges } from '../../../../renderer/backup/changeTracker';
import { caseRecord } from '../../../fixtures/backup/records';
import { testDatabase } from '../db/testDatabase';
import { dump } from './dbHelpers';

type Written = BridgeResult<Response<'backupWrite'>>;
const written = (handover?: 'offered' | 'cancelled'): Written => ({
  ok: true,
  value: { fileName: 'beraad-back-up-2026-12-06-beforeRestore.zip', at: '2026-12-06T00:00:00.000Z', removed: 0, ...(handover ? { handover } : {}) },
});

/** A machine with one case, a backup of it, and a second case added since: a restore removes that one. */
async function setUp(answer: Written) {
  const db = testDatabase();
  await db.cases.add(caseRecord(0, {}));
  const backupWrite = vi.fn(async () => answer);
  const service = createBackupService(db, { kind: 'web', backupWrite } as Partial<Bridge> as Bridge, trackChanges(db));
  const repository = await service.repository();
  const read = await repository.read(await repository.create());
  if (!read.ok) throw new Error('refused');
  await db.cases.add(caseRecord(1, {}));
  return { db, service, backup: read.value, backupWrite, before: await dump(db) };
}

describe('restore keeps a safety copy first', () => {
  it('restores once the copy is written, without asking', async () => {
    const { db, service, backup } = await setUp(written());
    const confirmKept = vi.fn(async () => true);
    expect(await service.restore(backup, defaultSettings, confirmKept)).toEqual({ safetyCopy: 'beraad-back-up-2026-12-06-beforeRestore.zip' });
    expect(confirmKept).not.toHaveBeenCalled();
    expect(await db.cases.count()).toBe(1);
  });

  it('restores a download only after the user says it was kept', async () => {
    const { db, service, backup } = await setUp(written('offered'));
    const confirmKept = vi.fn(async () => true);
    expect(await service.restore(backup, defaultSettings, confirmKept)).not.toBeNull();
    expect(confirmKept).toHaveBeenCalledWith('beraad-back-up-2026-12-06-beforeRestore.zip');
    expect(await db.cases.count()).toBe(1);
  });

  it('changes nothing, and logs no backup, when the user does not confirm the download', async () => {
    const { db, service, backup, before } = await setUp(written('offered'));
    expect(await service.restore(backup, defaultSettings, async () => false)).toBeNull();
    expect(await dump(db)).toEqual(before);
    expect((await service.log.get()).lastBackupAt).toBeNull();
  });

  it('changes nothing when the save dialog was cancelled, and does not ask', async () => {
    const { db, service, backup, before } = await setUp(written('cancelled'));
    const confirmKept = vi.fn(async () => true);
    expect(await service.restore(backup, defaultSettings, confirmKept)).toBeNull();
    expect(confirmKept).not.toHaveBeenCalled();
    expect(await dump(db)).toEqual(before);
  });

  it('changes nothing when the copy could not be written', async () => {
    const { db, service, backup, before } = await setUp({ ok: false, error: { code: 'failed', detail: 'schijf vol' } });
    await expect(service.restore(backup, defaultSettings, async () => true)).rejects.toThrow('schijf vol');
    expect(await dump(db)).toEqual(before);
  });
});
