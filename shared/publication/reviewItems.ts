import type { MatchCertainty } from './nameFinder';
import type { Finding, FindingKind } from './publicFilter';

/** One thing for the secretary to decide: a text found, with every place it was found. */
export interface ReviewItem {
  key: string;
  kind: FindingKind;
  certainty: MatchCertainty;
  text: string;
  replacement: string;
  places: { field: string; before: string; after: string }[];
}

/**
 * The review's list: every text the filter found, once, with its places, and
 * the fields it changed. A removed link address has nothing to decide: its
 * field shows among the changed ones.
 */
export function toReviewItems(findings: readonly Finding[]): { items: ReviewItem[]; changedFields: string[] } {
  const items = new Map<string, ReviewItem>();
  for (const finding of findings) {
    if (finding.text === '') continue;
    const place = { field: finding.field, before: finding.before, after: finding.after };
    const known = items.get(finding.key);
    if (known) known.places.push(place);
    else items.set(finding.key, { key: finding.key, kind: finding.kind, certainty: finding.certainty, text: finding.text, replacement: finding.replacement, places: [place] });
  }
  const changedFields = [...new Set(findings.filter((f) => f.replaced).map((f) => f.field))];
  return { items: [...items.values()], changedFields };
}
