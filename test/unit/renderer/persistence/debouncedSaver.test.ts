import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { DebouncedSaver, type SaveStatus } from '../../../../renderer/persistence/debouncedSaver';

beforeEach(() => {
  vi.useFakeTimers();
});
afterEach(() => {
  vi.useRealTimers();
});

function deferredWriter() {
  const written: string[] = [];
  const pending: { value: string; resolve(): void; reject(error: Error): void }[] = [];
  const write = (value: string) =>
    new Promise<void>((resolve, reject) => {
      pending.push({ value, resolve: () => (written.push(value), resolve()), reject });
    });
  return { written, pending, write };
}

describe('DebouncedSaver', () => {
  it('writes only the last value, once, after the quiet period', async () => {
    const write = vi.fn(async (_value: string) => {});
    const saver = new DebouncedSaver(write, 400);
    saver.schedule('a');
    vi.advanceTimersByTime(300);
    saver.schedule('ab');
    vi.advanceTimersByTime(399);
    expect(write).not.toHaveBeenCalled();
    await vi.advanceTimersByTimeAsync(1);
    expect(write).toHaveBeenCalledExactlyOnceWith('ab');
  });

  it('flush writes at once and resolves after the write', async () => {
    const { written, pending, write } = deferredWriter();
    const saver = new DebouncedSaver(write, 400);
    saver.schedule('tekst');
    const flushed = saver.flush();
    await Promise.resolve();
    pending[0]!.resolve();
    await flushed;
    expect(written).toEqual(['tekst']);
  });

  it('reports saved only after the write resolved, never before', async () => {
    const statuses: SaveStatus[] = [];
    const { pending, write } = deferredWriter();
    const saver = new DebouncedSaver(write, 400, (status) => statuses.push(status));
    saver.schedule('x');
    const flushed = saver.flush();
    await Promise.resolve();
    expect(statuses).toEqual(['pending', 'saving']);
    pending[0]!.resolve();
    await flushed;
    expect(statuses).toEqual(['pending', 'saving', 'saved']);
  });

  it('keeps writes in order: an older value never lands after a newer one', async () => {
    const { written, pending, write } = deferredWriter();
    const saver = new DebouncedSaver(write, 400);
    saver.schedule('oud');
    const first = saver.flush();
    saver.schedule('nieuw');
    const second = saver.flush();
    await Promise.resolve();
    expect(pending).toHaveLength(1);
    pending[0]!.resolve();
    await first;
    await Promise.resolve();
    pending[1]!.resolve();
    await second;
    expect(written).toEqual(['oud', 'nieuw']);
  });

  it('keeps a value whose write failed and writes it on the next flush', async () => {
    const errors: unknown[] = [];
    let fail = true;
    const written: string[] = [];
    const saver = new DebouncedSaver(
      async (value: string) => {
        if (fail) throw new DOMException('vol', 'QuotaExceededError');
        written.push(value);
      },
      400,
      (status, error) => error && errors.push(error),
    );
    saver.schedule('belangrijk');
    await saver.flush();
    expect(saver.status).toBe('error');
    expect(errors).toHaveLength(1);
    fail = false;
    await saver.flush();
    expect(written).toEqual(['belangrijk']);
    expect(saver.status).toBe('saved');
  });

  it('does not report saved while a newer value is still waiting', async () => {
    const { pending, write } = deferredWriter();
    const saver = new DebouncedSaver(write, 400);
    saver.schedule('a');
    const flushed = saver.flush();
    saver.schedule('ab');
    await Promise.resolve();
    pending[0]!.resolve();
    await flushed;
    expect(saver.status).toBe('pending');
  });

  it('cancel forgets the pending value', async () => {
    const write = vi.fn(async (_value: string) => {});
    const saver = new DebouncedSaver(write, 400);
    saver.schedule('concept');
    saver.cancel();
    await vi.advanceTimersByTimeAsync(1000);
    await saver.flush();
    expect(write).not.toHaveBeenCalled();
  });

  it('reports saved after a cancel, so a form that stays open does not claim unsaved input', () => {
    const statuses: SaveStatus[] = [];
    const saver = new DebouncedSaver(async (_value: string) => {}, 400, (status) => statuses.push(status));
    saver.schedule('concept');
    saver.cancel();
    expect(statuses).toEqual(['pending', 'saved']);
    expect(saver.status).toBe('saved');
  });
});

describe('DebouncedSaver while typing without pause', () => {
  it('writes at least every maxWait even when keystrokes keep resetting the delay', async () => {
    const write = vi.fn(async (_value: string) => {});
    const saver = new DebouncedSaver(write, 300, () => {}, 2000);
    for (let ms = 0; ms <= 2100; ms += 100) {
      saver.schedule(`tekst ${ms}`);
      await vi.advanceTimersByTimeAsync(100);
    }
    expect(write).toHaveBeenCalledTimes(1);
    expect(write.mock.calls[0]![0]).toMatch(/^tekst (19|20)00$/);
  });
});

describe('DebouncedSaver after a failed write', () => {
  it('hands the unsaved value to onStatus and retries by the given delays until the write lands', async () => {
    let failing = 2;
    const write = vi.fn(async (_value: string) => {
      if (failing-- > 0) throw new DOMException('vol', 'QuotaExceededError');
    });
    const statuses: [SaveStatus, unknown, string | undefined][] = [];
    const saver = new DebouncedSaver(write, 300, (status, error, unsaved) => statuses.push([status, error, unsaved]), Infinity, [1000, 5000]);
    saver.schedule('tekst');
    await vi.advanceTimersByTimeAsync(300);
    expect(write).toHaveBeenCalledTimes(1);
    expect(statuses.at(-1)).toEqual(['error', expect.any(DOMException), 'tekst']);

    await vi.advanceTimersByTimeAsync(999);
    expect(write).toHaveBeenCalledTimes(1);
    await vi.advanceTimersByTimeAsync(1);
    expect(write).toHaveBeenCalledTimes(2);
    // The last delay repeats.
    await vi.advanceTimersByTimeAsync(4999);
    expect(write).toHaveBeenCalledTimes(2);
    await vi.advanceTimersByTimeAsync(1);
    expect(write).toHaveBeenCalledTimes(3);
    expect(write).toHaveBeenLastCalledWith('tekst');
    expect(saver.status).toBe('saved');
  });

  it('does not retry on its own without delays', async () => {
    const write = vi.fn(async () => {
      throw new Error('kapot');
    });
    const saver = new DebouncedSaver(write, 300);
    saver.schedule('x');
    await vi.advanceTimersByTimeAsync(60_000);
    expect(write).toHaveBeenCalledTimes(1);
    expect(saver.status).toBe('error');
  });
});
