import { dutchStopWords } from './dutchStopWords';
import { stemDutch } from './dutchStemmer';
import { normalizeText, tokenize } from './normalize';

/** The term the index stores for one written word, or null for a word that says nothing (a stop word). */
export function toTerm(word: string): string | null {
  const normal = normalizeText(word);
  if (dutchStopWords.has(normal.replace(/['’]/g, ''))) return null;
  const stem = stemDutch(normal);
  return stem === '' ? null : stem;
}

/** The terms of a text, in order, without stop words. */
export function toTerms(text: string): string[] {
  return tokenize(text)
    .map(toTerm)
    .filter((term): term is string => term !== null);
}
