import { describe, expect, it } from 'vitest';
import { formatGrowth, growthName } from '../../bench/growthTable';
import { toResult } from '../../bench/results';

describe('the growth table', () => {
  it('shows each figure per size with its cost per case against the smallest size', () => {
    const table = formatGrowth([
      toResult(growthName('seed', 1000), [2000], 'cases/s'),
      toResult(growthName('filterChange', 1000), [10], 'ms'),
      toResult('backup', [3000], 'ms'),
      toResult(growthName('seed', 10000), [1000], 'cases/s'),
      toResult(growthName('filterChange', 10000), [100], 'ms'),
    ]).split('\n');
    expect(table[0]).toMatch(/^cases\s+seed \(cases\/s\)\s+filterChange \(ms\)$/);
    expect(table[2]).toMatch(/^1,000\s+2,000 \(1\.00\)\s+10 \(1\.00\)$/);
    expect(table[3]).toMatch(/^10,000\s+1,000 \(2\.00\)\s+100 \(1\.00\)$/);
    expect(table).toHaveLength(4);
  });
});
