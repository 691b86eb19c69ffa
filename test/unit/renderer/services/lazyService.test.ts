import { describe, expect, it, vi } from 'vitest';
import { lazyService } from '../../../../renderer/services/lazyService';

const notes = (saved: string[] = []) => ({
  save: async (text: string) => void saved.push(text),
  count: async () => saved.length,
});

describe('a service loaded on first use', () => {
  it('loads its code on the first call, once, and answers every call', async () => {
    const saved: string[] = [];
    const load = vi.fn(async () => notes(saved));
    const lazy = lazyService(load);
    expect(load).not.toHaveBeenCalled();

    await Promise.all([lazy.save('a'), lazy.save('b')]);
    expect(await lazy.count()).toBe(2);
    expect(saved).toEqual(['a', 'b']);
    expect(load).toHaveBeenCalledTimes(1);
  });

  it("once loaded, answers the service's own promise", async () => {
    const answer = Promise.resolve(7);
    const lazy = lazyService(async () => ({ count: () => answer }));
    await lazy.count();
    expect(lazy.count()).toBe(answer);
  });

  it('keeps one function per member, so an effect that depends on it does not run again', () => {
    const lazy = lazyService(async () => notes());
    expect(lazy.save).toBe(lazy.save);
  });

  it('loads again at the next call after a load that failed', async () => {
    const load = vi.fn().mockRejectedValueOnce(new Error('chunk niet gelezen')).mockResolvedValue(notes(['a']));
    const lazy = lazyService<ReturnType<typeof notes>>(load);

    await expect(lazy.count()).rejects.toThrow('chunk niet gelezen');
    expect(await lazy.count()).toBe(1);
    expect(load).toHaveBeenCalledTimes(2);
  });

  it('is not taken for a promise when awaited', async () => {
    const load = vi.fn(async () => notes());
    const lazy = lazyService(load);
    expect(await Promise.resolve(lazy)).toBe(lazy);
    expect(load).not.toHaveBeenCalled();
  });
});
