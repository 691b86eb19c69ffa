import { describe, expect, it } from 'vitest';
import { benchFileSchema, formatResults, meetsTarget, ratioToFloor, toResult, typingResults } from '../../bench/results';

describe('bench results', () => {
  it('makes a figure of its samples: median and 95th percentile, no floor', () => {
    expect(toResult('filterChange', [62.94, 70, 50, 64.9, 61], 'ms')).toEqual({
      name: 'filterChange',
      median: 62.9,
      p95: 70,
      unit: 'ms',
      floor: null,
      ratio: null,
    });
    expect(toResult('backup', [3100], 'ms')).toMatchObject({ median: 3100, p95: 3100 });
  });

  it('gives the ratio to the floor as times the floor’s cost, for times and for rates', () => {
    expect(toResult('restoreEmpty', [9000], 'ms', 2000)).toMatchObject({ floor: 2000, ratio: 4.5 });
    expect(toResult('seed', [1821], 'cases/s', 9474)).toMatchObject({ floor: 9474, ratio: 5.2 });
    expect(ratioToFloor(100, null, 'ms')).toBeNull();
    expect(ratioToFloor(0, 10, 'cases/s')).toBeNull();
    expect(ratioToFloor(5, 10, 'count')).toBeNull();
  });

  it('refuses a figure without samples', () => {
    expect(() => toResult('seed', [], 'cases/s')).toThrow('seed has no samples');
  });

  it('makes a typing session its median, its 95th percentile and its keystrokes', () => {
    const latencies = Array.from({ length: 20 }, (_, i) => i + 1);
    expect(typingResults('typing', latencies).map(({ name, median, unit }) => ({ name, median, unit }))).toEqual([
      { name: 'typingMedian', median: 10.5, unit: 'ms' },
      { name: 'typingP95', median: 20, unit: 'ms' },
      { name: 'typingKeystrokes', median: 20, unit: 'count' },
    ]);
  });

  it('accepts a run’s figures in the documented file shape and nothing else', () => {
    const file = {
      machine: { cores: 2, browser: '156.0.8078.114', node: 'v20.20.2' },
      cases: 10000,
      runs: 3,
      results: [toResult('seed', [1821], 'cases/s', 9474), toResult('listFirstPaint', [125], 'ms')],
    };
    expect(benchFileSchema.parse(JSON.parse(JSON.stringify(file)))).toEqual(file);
    expect(benchFileSchema.safeParse({ ...file, targets: {} }).success).toBe(false);
    expect(benchFileSchema.safeParse({ ...file, results: [{ ...file.results[0], unit: 'seconds' }] }).success).toBe(false);
    expect(benchFileSchema.safeParse({ ...file, machine: { cores: 2, browser: '156' } }).success).toBe(false);
  });

  it('checks a target in the unit’s direction and on the ratio to the floor', () => {
    expect(meetsTarget(toResult('listFirstPaint', [125], 'ms'), { value: 200 })).toBe(true);
    expect(meetsTarget(toResult('filterChange', [62.9], 'ms'), { value: 50 })).toBe(false);
    expect(meetsTarget(toResult('seed', [6000], 'cases/s', 7000), { value: 5000, ratio: 1.3 })).toBe(true);
    expect(meetsTarget(toResult('seed', [6000], 'cases/s', 9474), { value: 5000, ratio: 1.3 })).toBe(false);
    expect(meetsTarget(toResult('textFilter', [90], 'ms'), undefined)).toBeNull();
  });

  it('prints each result with its floor, ratio and target, and marks a miss', () => {
    const table = formatResults([toResult('seed', [1821], 'cases/s', 9474), toResult('textFilter', [40], 'ms')], { seed: { value: 5000, ratio: 1.3 } });
    const [, , seed, textFilter] = table.split('\n');
    expect(seed).toMatch(/^seed\s+1,821\s+1,821\s+cases\/s\s+9,474\s+5\.2x\s+>= 5,000, <= 1\.3x floor\s+GEMIST$/);
    expect(textFilter).toMatch(/^textFilter\s+40\s+40\s+ms\s+-\s+-$/);
  });
});
