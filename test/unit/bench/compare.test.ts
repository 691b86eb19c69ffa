import { describe, expect, it } from 'vitest';
import { compareFiles, formatComparison } from '../../bench/compare';
import { toResult, type BenchFile, type BenchResult } from '../../bench/results';

const file = (results: BenchResult[], machine: Partial<BenchFile['machine']> = {}): BenchFile => ({
  machine: { cores: 2, browser: '156.0.8078.114', node: 'v20.20.2', ...machine },
  cases: 10000,
  runs: 3,
  results,
});

describe('comparing two bench files', () => {
  it('calls more time or fewer cases per second slower, past 10 %', () => {
    const old = file([
      toResult('filterChange', [50], 'ms'),
      toResult('sortChange', [50], 'ms'),
      toResult('seed', [2000], 'cases/s'),
      toResult('firstScreenBundleKb', [1000], 'kB'),
    ]);
    const next = file([
      toResult('filterChange', [56], 'ms'),
      toResult('sortChange', [54], 'ms'),
      toResult('seed', [1700], 'cases/s'),
      toResult('firstScreenBundleKb', [500], 'kB'),
    ]);
    expect(compareFiles(old, next)).toEqual([
      { name: 'filterChange', unit: 'ms', old: 50, new: 56, change: expect.closeTo(0.12), slower: true },
      { name: 'sortChange', unit: 'ms', old: 50, new: 54, change: expect.closeTo(0.08), slower: false },
      { name: 'seed', unit: 'cases/s', old: 2000, new: 1700, change: expect.closeTo(-0.15), slower: true },
      { name: 'firstScreenBundleKb', unit: 'kB', old: 1000, new: 500, change: -0.5, slower: false },
    ]);
  });

  it('never calls faster slower: a higher rate and less time are better', () => {
    const changes = compareFiles(file([toResult('seed', [2000], 'cases/s'), toResult('backup', [3000], 'ms')]), file([toResult('seed', [4000], 'cases/s'), toResult('backup', [1000], 'ms')]));
    expect(changes.map((change) => change.slower)).toEqual([false, false]);
  });

  it('does not judge counts, and compares only names in both files with the same unit', () => {
    const old = file([toResult('openActions', [3000], 'count'), toResult('backup', [100], 'ms'), toResult('gone', [1], 'ms'), toResult('resized', [1], 'MB')]);
    const next = file([toResult('openActions', [1000], 'count'), toResult('backup', [100], 'ms'), toResult('search', [5], 'ms'), toResult('resized', [2], 'kB')]);
    expect(compareFiles(old, next)).toEqual([
      { name: 'openActions', unit: 'count', old: 3000, new: 1000, change: expect.closeTo(-2 / 3), slower: false },
      { name: 'backup', unit: 'ms', old: 100, new: 100, change: 0, slower: false },
    ]);
    const printed = formatComparison(old, next);
    expect(printed).toContain('Alleen in het oude bestand: gone, resized.');
    expect(printed).toContain('Alleen in het nieuwe bestand: search, resized.');
  });

  it('prints the table, what differs in the conditions and what got slower', () => {
    const printed = formatComparison(
      file([toResult('filterChange', [62.9], 'ms'), toResult('seed', [1821], 'cases/s')]),
      file([toResult('filterChange', [40], 'ms'), toResult('seed', [1500], 'cases/s')], { cores: 4 }),
    ).split('\n');
    expect(printed[0]).toBe('Niet onder dezelfde omstandigheden: cores 2 -> 4.');
    expect(printed).toContainEqual(expect.stringMatching(/^filterChange\s+ms\s+62\.9\s+40\s+-36\.4 %$/));
    expect(printed).toContainEqual(expect.stringMatching(/^seed\s+cases\/s\s+1,821\s+1,500\s+-17\.6 %$/));
    expect(printed.at(-1)).toBe('Meer dan 10 % trager: seed (-17.6 %).');
  });

  it('says so when nothing got slower', () => {
    const same = file([toResult('backup', [100], 'ms')]);
    expect(formatComparison(same, same).split('\n').at(-1)).toBe('Niets is meer dan 10 % trager geworden.');
  });
});
