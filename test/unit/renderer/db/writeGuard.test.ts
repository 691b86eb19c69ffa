import { describe, expect, it, vi } from 'vitest';
import { installWriteGuard } from '../../../../renderer/db/writeGuard';
import { classifyStorageError } from '../../../../renderer/db/storageErrors';
import { testDatabase } from './testDatabase';

const setting = (key: string) => ({ key, value: 1, updatedAt: '2026-12-06T10:00:00.000Z' });

function guarded() {
  const db = testDatabase();
  const onFailure = vi.fn();
  const onCommitted = vi.fn();
  const guard = installWriteGuard(db, { onFailure, onCommitted });
  return { db, guard, onFailure, onCommitted };
}

describe('write guard', () => {
  it('lets writes through while the window may write, and tells which tables committed', async () => {
    const { db, onFailure, onCommitted } = guarded();
    await db.settings.put(setting('a'));
    expect(await db.settings.get('a')).toBeDefined();
    expect(onFailure).not.toHaveBeenCalled();
    await vi.waitFor(() => expect(onCommitted).toHaveBeenCalledWith(['settings']));
  });

  it('tells of a failed write outside its transaction: what the telling starts reads any table', async () => {
    const db = testDatabase();
    const reads: Promise<unknown>[] = [];
    // As the storage notice does: React renders it in a microtask, and a screen may read then.
    const guard = installWriteGuard(db, { onFailure: () => queueMicrotask(() => reads.push(db.people.toArray())) });
    guard.failNextWrites('QuotaExceededError');
    await db
      .transaction('rw', db.settings, async () => {
        await db.settings.put(setting('a'));
      })
      .catch(() => undefined);
    expect(reads).toHaveLength(1);
    await expect(reads[0]).resolves.toEqual([]);
  });

  it.each([
    ['readOnly', 'readOnly'],
    ['lost', 'lost'],
  ] as const)('refuses every write in %s mode and changes nothing', async (mode, problem) => {
    const { db, guard, onFailure } = guarded();
    await db.settings.put(setting('before'));
    guard.setMode(mode);
    const refused = await db.settings.put(setting('after')).catch((error: unknown) => error);
    expect(classifyStorageError(refused)).toBe(problem);
    await expect(db.transaction('rw', db.settings, () => db.settings.delete('before'))).rejects.toBeDefined();
    expect(onFailure).toHaveBeenCalled();
    // Reading still works: the window shows what is there.
    expect((await db.settings.toArray()).map((s) => s.key)).toEqual(['before']);
  });

  it.each(['QuotaExceededError', 'UnknownError', 'AbortError', 'DatabaseClosedError', 'VersionError'])(
    'makes the next write fail with %s, reports it, and writes nothing',
    async (name) => {
      const { db, guard, onFailure } = guarded();
      guard.failNextWrites(name);
      const failed = await db.settings.put(setting('x')).catch((error: unknown) => error);
      expect(failed).toBeDefined();
      expect(classifyStorageError(failed)).not.toBe('unknown');
      expect(onFailure).toHaveBeenCalledTimes(1);
      expect(await db.settings.get('x')).toBeUndefined();
      // Only the next write: the one after lands.
      await db.settings.put(setting('y'));
      expect(await db.settings.get('y')).toBeDefined();
    },
  );

  it('tells listeners when the mode changes', () => {
    const { guard } = guarded();
    const listener = vi.fn();
    guard.onModeChange(listener);
    guard.setMode('readOnly');
    guard.setMode('readOnly');
    expect(listener).toHaveBeenCalledTimes(1);
    expect(guard.mode).toBe('readOnly');
  });
});
