/*
 * WCAG 2.1 contrast (success criterion 1.4.3): the relative luminance of
 * each colour, and the ratio (L1 + 0.05) / (L2 + 0.05) of the lighter to the
 * darker, from 1 (none) to 21 (black on white).
 */

/** What text needs against its background; also for headings, whose smallest level is not large text. */
export const minimumContrast = 4.5;

const channel = (value: number) => {
  const c = value / 255;
  return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
};

/** The relative luminance of a colour written #rrggbb (or #rgb). */
export function relativeLuminance(hex: string): number {
  const digits = hex.replace('#', '');
  const full = digits.length === 3 ? [...digits].map((d) => d + d).join('') : digits;
  const [r, g, b] = [0, 2, 4].map((i) => channel(parseInt(full.slice(i, i + 2), 16)));
  return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
}

export function contrastRatio(foreground: string, background: string): number {
  const [lighter, darker] = [relativeLuminance(foreground), relativeLuminance(background)].sort((a, b) => b - a);
  return (lighter! + 0.05) / (darker! + 0.05);
}

/**
 * The ratio as people read it, cut (not rounded) to two decimals: 4.478
 * shows as 4.47, never as a 4.5 that seems to pass.
 */
export const shownRatio = (ratio: number) => Math.floor(ratio * 100) / 100;
