import { z } from 'zod';
import { median, percentile, round } from './measure';
import { formatNumber, formatTable } from './table';
import type { Target } from './targets';

/** Which way is better, per unit: less time and fewer bytes, more cases or puts per second. Counts only describe the data. */
export const unitDirections = { ms: 'lower', kB: 'lower', MB: 'lower', 'cases/s': 'higher', 'puts/s': 'higher', count: 'none' } as const;
export type Unit = keyof typeof unitDirections;
const units = Object.keys(unitDirections) as [Unit, ...Unit[]];

export const benchResultSchema = z.strictObject({
  name: z.string().min(1),
  /** Median and 95th percentile over the runs; a figure measured once has both equal to it. */
  median: z.number(),
  p95: z.number(),
  unit: z.enum(units),
  /** The same work without the app, measured in the same run, in the same unit; null where there is none. */
  floor: z.number().nullable(),
  /** The app's cost as a multiple of the floor's (1 is the floor itself); null without a floor. */
  ratio: z.number().nullable(),
});
export type BenchResult = z.infer<typeof benchResultSchema>;

export const benchFileSchema = z.strictObject({
  machine: z.strictObject({ cores: z.number().int().positive(), browser: z.string(), node: z.string() }),
  cases: z.number().int().nonnegative(),
  runs: z.number().int().positive(),
  results: z.array(benchResultSchema),
});
export type BenchFile = z.infer<typeof benchFileSchema>;

/** The app's cost as a multiple of the floor's: times divide one way, rates the other. */
export function ratioToFloor(value: number, floor: number | null, unit: Unit): number | null {
  if (floor === null || unitDirections[unit] === 'none' || value === 0 || floor === 0) return null;
  const ratio = unitDirections[unit] === 'higher' ? floor / value : value / floor;
  return Math.round(ratio * 100) / 100;
}

/** One named figure from its samples (one per run, or a single one), beside its floor when it has one. */
export function toResult(name: string, samples: readonly number[], unit: Unit, floor: number | null = null): BenchResult {
  if (samples.length === 0) throw new Error(`${name} has no samples`);
  const middle = round(median([...samples]));
  const flooredAt = floor === null ? null : round(floor);
  return {
    name,
    median: middle,
    p95: round(percentile([...samples], 0.95)),
    unit,
    floor: flooredAt,
    ratio: ratioToFloor(middle, flooredAt, unit),
  };
}

/** One typing session's keystrokes, input to paint: its median and 95th percentile are each one figure of the session. */
export function typingResults(prefix: string, latencies: readonly number[]): BenchResult[] {
  return [
    toResult(`${prefix}Median`, [median([...latencies])], 'ms'),
    toResult(`${prefix}P95`, [percentile([...latencies], 0.95)], 'ms'),
    toResult(`${prefix}Keystrokes`, [latencies.length], 'count'),
  ];
}

/** Whether a result reaches its target: its own bound and, with a floor, its ratio; null when it has none. */
export function meetsTarget(result: BenchResult, target: Target | undefined): boolean | null {
  if (target === undefined) return null;
  const direction = unitDirections[result.unit];
  const withinValue =
    target.value === undefined || (direction === 'higher' ? result.median >= target.value : result.median <= target.value);
  const withinRatio = target.ratio === undefined || result.ratio === null || result.ratio <= target.ratio;
  return withinValue && withinRatio;
}

function describeTarget(unit: Unit, target: Target | undefined): string {
  if (target === undefined) return '';
  const bound = target.value === undefined ? [] : [`${unitDirections[unit] === 'higher' ? '>=' : '<='} ${formatNumber(target.value)}`];
  const ratio = target.ratio === undefined ? [] : [`<= ${target.ratio}x floor`];
  return [...bound, ...ratio].join(', ');
}

/** The results as a table, each beside its floor, ratio and target; misses marked. */
export function formatResults(results: readonly BenchResult[], targets: Readonly<Record<string, Target>>): string {
  return formatTable(
    ['name', 'median', 'p95', 'unit', 'floor', 'ratio', 'doel', ''],
    results.map((result) => {
      const met = meetsTarget(result, targets[result.name]);
      return [
        result.name,
        formatNumber(result.median),
        formatNumber(result.p95),
        result.unit,
        formatNumber(result.floor),
        result.ratio === null ? '-' : `${result.ratio}x`,
        describeTarget(result.unit, targets[result.name]),
        met === false ? 'GEMIST' : '',
      ];
    }),
  );
}
