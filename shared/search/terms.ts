import { dutchStopWords } from './dutchStopWords';
import { stemDutch } from './dutchStemmer';
import { normalizeText, tokenize } from './normalize';

/*
 * The Snowball stemmer takes tens of microseconds a word; a board's
 * vocabulary is small and repeats, so each written form is stemmed once.
 * Bounded so a flood of unique tokens (numbers, codes) cannot grow it forever.
 */
const cacheLimit = 200_000;
const cache = new Map<string, string | null>();

function computeTerm(word: string): string | null {
  const normal = normalizeText(word);
  if (dutchStopWords.has(normal.replace(/['’]/g, ''))) return null;
  const stem = stemDutch(normal);
  return stem === '' ? null : stem;
}

/** The term the index stores for one written word, or null for a word that says nothing (a stop word). */
export function toTerm(word: string): string | null {
  const known = cache.get(word);
  if (known !== undefined) return known;
  const term = computeTerm(word);
  if (cache.size >= cacheLimit) cache.clear();
  cache.set(word, term);
  return term;
}

/** The terms of a text, in order, without stop words. */
export function toTerms(text: string): string[] {
  return tokenize(text)
    .map(toTerm)
    .filter((term): term is string => term !== null);
}
