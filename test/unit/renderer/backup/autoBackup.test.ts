import { afterEach, describe, expect, it, vi } from 'vitest';
import { defaultSettings } from '@shared/settings/defaultSettings';
import type { Settings } from '@shared/settings/settingsSchema';
import { startAutoBackup } from '../../../../renderer/backup/autoBackup';
import { registerFlush } from '../../../../renderer/persistence/flushRegistry';

function harness(options: { lastBackupAt: string | null; changed: boolean; kind?: 'desktop' | 'web'; auto?: boolean; firstCheck?: Promise<void> }) {
  let flush: (() => Promise<void>) | null = null;
  const order: string[] = [];
  const toFolder = vi.fn(async (reason: string) => {
    order.push(`backup:${reason}`);
    return { fileName: 'x.zip', bytes: 1 };
  });
  const settings: Settings = { ...defaultSettings, backup: { ...defaultSettings.backup, auto: options.auto ?? true } };
  const stop = startAutoBackup({
    bridge: {
      kind: options.kind ?? 'desktop',
      onFlushRequest: (handler) => {
        flush = handler;
        return () => (flush = null);
      },
    },
    service: {
      toFolder,
      log: { get: async () => ({ lastBackupAt: options.lastBackupAt, since: '2026-01-01T00:00:00.000Z' }), record: vi.fn() },
      changes: { changedAt: () => (options.changed ? new Date() : null), backedUp: vi.fn() },
    } as never,
    settings: async () => settings,
    clock: () => new Date('2026-11-22T12:00:00.000Z'),
    checkEveryMs: 60_000,
    firstCheck: options.firstCheck,
  });
  return { toFolder, order, stop, quit: () => flush?.(), hasQuitHandler: () => flush !== null };
}

const settle = () => new Promise((resolve) => setTimeout(resolve, 0));
let stops: (() => void)[] = [];
afterEach(() => {
  stops.forEach((stop) => stop());
  stops = [];
});

describe('automatic backups', () => {
  it('makes the daily backup at start when the last one is a day old', async () => {
    const h = harness({ lastBackupAt: '2026-11-21T11:00:00.000Z', changed: false });
    stops.push(h.stop);
    await settle();
    expect(h.toFolder).toHaveBeenCalledExactlyOnceWith('scheduled', expect.anything());
  });

  it('waits for the first screen before the daily backup at start', async () => {
    let firstScreen = () => {};
    const h = harness({ lastBackupAt: '2026-11-21T11:00:00.000Z', changed: false, firstCheck: new Promise((resolve) => (firstScreen = resolve)) });
    stops.push(h.stop);
    await settle();
    expect(h.toFolder).not.toHaveBeenCalled();
    firstScreen();
    await settle();
    expect(h.toFolder).toHaveBeenCalledExactlyOnceWith('scheduled', expect.anything());
  });

  it('does not when the last backup is recent, nor on quit without changes', async () => {
    const h = harness({ lastBackupAt: '2026-11-22T08:00:00.000Z', changed: false });
    stops.push(h.stop);
    await settle();
    await h.quit();
    expect(h.toFolder).not.toHaveBeenCalled();
  });

  it('on quit with changes, first writes pending edits, then backs up', async () => {
    const h = harness({ lastBackupAt: '2026-11-22T08:00:00.000Z', changed: true });
    stops.push(h.stop);
    stops.push(registerFlush(async () => void h.order.push('flush')));
    await settle();
    await h.quit();
    expect(h.order).toEqual(['flush', 'backup:quit']);
  });

  it('does nothing when switched off, and nothing at all in the browser', async () => {
    const off = harness({ lastBackupAt: null, changed: true, auto: false });
    const web = harness({ lastBackupAt: null, changed: true, kind: 'web' });
    stops.push(off.stop, web.stop);
    await settle();
    await off.quit();
    expect(off.toFolder).not.toHaveBeenCalled();
    expect(web.toFolder).not.toHaveBeenCalled();
    expect(web.hasQuitHandler()).toBe(false);
  });
});
