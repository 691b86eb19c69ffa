import type { BenchResult } from './results';
import { formatNumber, formatTable } from './table';

/** A figure measured at one register size: `seed@10000`. */
export const growthName = (figure: string, size: number) => `${figure}@${size}`;

/**
 * Growth figures as a table, one row per register size, with each figure's
 * cost per case against the smallest size: 1 is linear, above 1 grows worse
 * than linear. Rates are turned into time per case first.
 */
export function formatGrowth(results: readonly BenchResult[]): string {
  const measured = results.flatMap((result) => {
    const match = /^(.+)@(\d+)$/.exec(result.name);
    return match ? [{ figure: match[1]!, size: Number(match[2]), result }] : [];
  });
  const figures = [...new Set(measured.map((entry) => entry.figure))];
  const sizes = [...new Set(measured.map((entry) => entry.size))].sort((a, b) => a - b);
  const find = (figure: string, size: number) => measured.find((entry) => entry.figure === figure && entry.size === size)?.result;
  const costPerCase = (result: BenchResult, size: number) => (result.unit === 'cases/s' ? 1 / result.median : result.median / size);
  const growth = (figure: string, size: number) => {
    const smallest = find(figure, sizes[0]!);
    const here = find(figure, size);
    if (smallest === undefined || here === undefined || smallest.median === 0 || here.median === 0) return '';
    return ` (${(costPerCase(here, size) / costPerCase(smallest, sizes[0]!)).toFixed(2)})`;
  };
  return formatTable(
    ['cases', ...figures.map((figure) => `${figure} (${find(figure, sizes[0]!)?.unit ?? ''})`)],
    sizes.map((size) => [formatNumber(size), ...figures.map((figure) => `${formatNumber(find(figure, size)?.median)}${growth(figure, size)}`)]),
  );
}
