/** Plain-text columns for the terminal: the first column left-aligned, the others right-aligned. */
export function formatTable(header: readonly string[], rows: readonly (readonly string[])[]): string {
  const widths = header.map((title, column) => Math.max(title.length, ...rows.map((row) => (row[column] ?? '').length)));
  const line = (cells: readonly string[]) =>
    cells
      .map((cell, column) => (column === 0 ? cell.padEnd(widths[column]!) : cell.padStart(widths[column]!)))
      .join('  ')
      .trimEnd();
  return [line(header), line(widths.map((width) => '-'.repeat(width))), ...rows.map(line)].join('\n');
}

/** A figure as people read it: thousands grouped, at most one decimal; an absent one as a dash. */
export const formatNumber = (value: number | null | undefined) =>
  value === null || value === undefined ? '-' : value.toLocaleString('en-US', { maximumFractionDigits: 1 });
