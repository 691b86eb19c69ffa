import type { VersionSummary } from './adviceSchema';

/**
 * One advice's versions when two machines each started it while apart: the
 * kept list stays as it is (its numbers may be approved or issued under), and
 * the other machine's versions follow it, numbered on in their own order.
 * Both are drafts of the board's one advice; the last one is its latest.
 */
export function appendVersions(kept: readonly VersionSummary[], other: readonly VersionSummary[]): VersionSummary[] {
  const known = new Set(kept.map((version) => version.id));
  let number = Math.max(0, ...kept.map((version) => version.number));
  const following = other
    .filter((version) => !known.has(version.id))
    .sort((a, b) => a.number - b.number)
    .map((version) => ({ ...version, number: ++number }));
  return [...kept, ...following];
}
