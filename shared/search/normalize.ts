const beyondAscii = /[\u0080-\uffff]/;

/**
 * One form for every way a word can be typed: compatibility characters folded
 * (NFKC: "ﬁ" → "fi", full-width digits), lower case, and diacritics dropped, so
 * "Coördinatie", "coordinatie" and "COÖRDINATIE" are the same word.
 */
export function normalizeText(text: string): string {
  // ASCII is its own normal form but for case; the three passes cost more than the rest of a search result's snippet.
  if (!beyondAscii.test(text)) return text.toLowerCase();
  return text.normalize('NFKC').toLowerCase().normalize('NFD').replace(/\p{M}+/gu, '').normalize('NFC');
}

/*
 * A word is a run of letters and digits; an apostrophe inside it stays, so the
 * Dutch plural "camera's" reaches the stemmer whole and is not split into
 * "camera" and a stray "s". Both the straight and the typographic apostrophe count.
 */
const wordPattern = /[\p{L}\p{N}]+(?:['’][\p{L}\p{N}]+)*/gu;

/** The words of a text with their places in it, for highlighting the original text: one by one from the start, so a long text is split only as far as it is read. */
export function* wordsWithOffsets(text: string): Generator<{ word: string; start: number; end: number }, void> {
  for (const match of text.matchAll(wordPattern)) yield { word: match[0], start: match.index, end: match.index + match[0].length };
}

/** The words of a text, as written. */
export function tokenize(text: string): string[] {
  return text.match(wordPattern) ?? [];
}
