import type { CaseFacets } from './searchDocument';
import { normalizeText } from './normalize';
import { toTerms } from './terms';

/** An earlier case like the one at hand, with what they share. */
export interface SimilarCase {
  caseId: string;
  title: string;
  score: number;
  sameTechnology: boolean;
  sharedThemes: string[];
  sharedValues: string[];
}

/* Technology and text say most about whether an earlier advice applies; themes and values narrow it down. */
const weights = { technology: 0.3, themes: 0.2, values: 0.15, text: 0.35 };

function shared(ours: readonly string[], theirs: readonly string[]): { common: string[]; overlap: number } {
  const mine = new Set(ours.map(normalizeText));
  const common = theirs.filter((value) => mine.has(normalizeText(value)));
  const union = new Set([...mine, ...theirs.map(normalizeText)]).size;
  return { common, overlap: union === 0 ? 0 : common.length / union };
}

/** The words that say most about a text: its most frequent terms. */
export function keyTerms(text: string, count = 15): string[] {
  const frequency = new Map<string, number>();
  for (const term of toTerms(text)) if (term.length > 2) frequency.set(term, (frequency.get(term) ?? 0) + 1);
  return [...frequency]
    .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
    .slice(0, count)
    .map(([term]) => term);
}

export interface CaseCandidate {
  caseId: string;
  title: string;
  facets: CaseFacets;
}

/**
 * Ranks earlier cases (received before, or on the same day as, the case at
 * hand) by how much they share with it; `textScores` are the index's scores of
 * each case for the case's own key terms.
 */
export function rankSimilarCases(
  target: CaseCandidate,
  candidates: readonly CaseCandidate[],
  textScores: ReadonlyMap<string, number>,
  limit: number,
): SimilarCase[] {
  const best = Math.max(0, ...textScores.values());
  return candidates
    .filter((candidate) => candidate.caseId !== target.caseId && candidate.facets.receivedOn <= target.facets.receivedOn)
    .map((candidate) => {
      const themes = shared(target.facets.themes, candidate.facets.themes);
      const values = shared(target.facets.values, candidate.facets.values);
      const sameTechnology = candidate.facets.technology === target.facets.technology && target.facets.technology !== 'anders';
      const text = best === 0 ? 0 : (textScores.get(candidate.caseId) ?? 0) / best;
      const score =
        weights.technology * Number(sameTechnology) + weights.themes * themes.overlap + weights.values * values.overlap + weights.text * text;
      return { caseId: candidate.caseId, title: candidate.title, score, sameTechnology, sharedThemes: themes.common, sharedValues: values.common };
    })
    .filter((similar) => similar.score > 0)
    .sort((a, b) => b.score - a.score || a.title.localeCompare(b.title))
    .slice(0, limit);
}
