import { describe, expect, it } from 'vitest';
import { loadOnce } from '@shared/util/loadOnce';

describe('loadOnce', () => {
  it('loads at the first call only, and again after a load that failed', async () => {
    let loads = 0;
    const load = loadOnce(async () => {
      loads++;
      if (loads === 1) throw new Error('chunk not read');
      return 'module';
    });
    expect(loads).toBe(0);
    await expect(load()).rejects.toThrow('chunk not read');
    expect(await Promise.all([load(), load()])).toEqual(['module', 'module']);
    expect(await load()).toBe('module');
    expect(loads).toBe(2);
  });
});
