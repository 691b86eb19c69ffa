import { unitDirections, type BenchFile, type Unit } from './results';
import { formatNumber, formatTable } from './table';

/** More than this much worse counts as slower: below it, two runs on one machine differ by chance. */
export const slowerThreshold = 0.1;

export interface Change {
  name: string;
  unit: Unit;
  old: number;
  new: number;
  /** (new - old) / old of the medians: +0.2 is 20 % more; null when old is 0. */
  change: number | null;
  /** Worse by more than the threshold, in the direction that is worse for this unit. */
  slower: boolean;
}

/** How much worse `next` is than `old`, as a fraction of `old`, for a unit where that has a direction. */
function worsening(unit: Unit, old: number, next: number): number | null {
  const direction = unitDirections[unit];
  if (direction === 'none' || old === 0) return null;
  return direction === 'lower' ? (next - old) / old : (old - next) / old;
}

/** Each name in both files, in the new file's order, old against new. A name whose unit changed is not comparable and left out. */
export function compareFiles(old: BenchFile, next: BenchFile): Change[] {
  const before = new Map(old.results.map((result) => [result.name, result]));
  return next.results.flatMap((result) => {
    const previous = before.get(result.name);
    if (previous === undefined || previous.unit !== result.unit) return [];
    const worse = worsening(result.unit, previous.median, result.median);
    return [
      {
        name: result.name,
        unit: result.unit,
        old: previous.median,
        new: result.median,
        change: previous.median === 0 ? null : (result.median - previous.median) / previous.median,
        slower: worse !== null && worse > slowerThreshold,
      },
    ];
  });
}

const percent = (fraction: number | null) => (fraction === null ? '-' : `${fraction > 0 ? '+' : ''}${(fraction * 100).toFixed(1)} %`);

/** The comparison as people read it: what differs between the runs, the table, then what got slower. */
export function formatComparison(old: BenchFile, next: BenchFile): string {
  const changes = compareFiles(old, next);
  const lines: string[] = [];
  const differences = (['cores', 'browser', 'node'] as const)
    .filter((key) => old.machine[key] !== next.machine[key])
    .map((key) => `${key} ${old.machine[key]} -> ${next.machine[key]}`);
  if (old.cases !== next.cases) differences.push(`cases ${old.cases} -> ${next.cases}`);
  if (old.runs !== next.runs) differences.push(`runs ${old.runs} -> ${next.runs}`);
  if (differences.length > 0) lines.push(`Niet onder dezelfde omstandigheden: ${differences.join('; ')}.`, '');
  lines.push(
    formatTable(
      ['naam', 'eenheid', 'oud', 'nieuw', 'verschil'],
      changes.map((change) => [change.name, change.unit, formatNumber(change.old), formatNumber(change.new), percent(change.change)]),
    ),
    '',
  );
  const names = new Set(changes.map((change) => change.name));
  const onlyIn = (file: BenchFile) => file.results.map((result) => result.name).filter((name) => !names.has(name));
  if (onlyIn(old).length > 0) lines.push(`Alleen in het oude bestand: ${onlyIn(old).join(', ')}.`);
  if (onlyIn(next).length > 0) lines.push(`Alleen in het nieuwe bestand: ${onlyIn(next).join(', ')}.`);
  const slower = changes.filter((change) => change.slower);
  lines.push(
    slower.length === 0
      ? `Niets is meer dan ${slowerThreshold * 100} % trager geworden.`
      : `Meer dan ${slowerThreshold * 100} % trager: ${slower.map((change) => `${change.name} (${percent(change.change)})`).join(', ')}.`,
  );
  return lines.join('\n');
}
