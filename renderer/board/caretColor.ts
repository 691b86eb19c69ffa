/*
 * Colours behind a name in white on another person's cursor: each has a
 * contrast of at least 4.5:1 with white (WCAG AA), and they differ in hue, so
 * two people are told apart by more than a shade.
 */
const caretColors = ['#1f5fa8', '#a3267a', '#2e6b30', '#b3261e', '#6a3fb5', '#8a5300', '#00707a', '#5c5c5c'] as const;

/** The same person gets the same colour on every machine. */
export function caretColor(personId: string): string {
  let hash = 0;
  for (const char of personId) hash = (hash * 31 + char.charCodeAt(0)) >>> 0;
  return caretColors[hash % caretColors.length]!;
}
