import { normalizeText, wordsWithOffsets } from './normalize';
import { toTerm } from './terms';

/** A passage of a document's text and the ranges in it to highlight. */
export interface Snippet {
  text: string;
  marks: { start: number; end: number }[];
  /** Whether the passage starts or ends inside the text, so the screen can show an ellipsis. */
  cutStart: boolean;
  cutEnd: boolean;
  /** The first matching word as written in the document, to find it again on the page that opens. */
  firstMatch: string | null;
}

/** Whether two snippets show the same passage with the same marks and open at the same word (an answer from the worker is always a new object). */
export function sameSnippet(a: Snippet, b: Snippet): boolean {
  return (
    a === b ||
    (a.text === b.text &&
      a.cutStart === b.cutStart &&
      a.cutEnd === b.cutEnd &&
      a.firstMatch === b.firstMatch &&
      a.marks.length === b.marks.length &&
      a.marks.every((mark, at) => mark.start === b.marks[at]!.start && mark.end === b.marks[at]!.end))
  );
}

const before = 60;
const length = 220;

/*
 * A word can only have become an index term if its normalised form starts
 * with that term (stemming cuts endings, never beginnings), so most words are
 * ruled out without running the stemmer: a 50-page note stays cheap.
 */
function matcher(terms: readonly string[]) {
  const wanted = new Set(terms);
  const matches = (word: string) => {
    const normal = normalizeText(word);
    if (!terms.some((term) => normal.startsWith(term.slice(0, 3)))) return false;
    const term = toTerm(word);
    return term !== null && (wanted.has(term) || terms.some((t) => term.startsWith(t)));
  };
  // A text says "de", "het" and its own subject many times: each written form is judged once.
  const judged = new Map<string, boolean>();
  return (word: string) => {
    let verdict = judged.get(word);
    if (verdict === undefined) judged.set(word, (verdict = matches(word)));
    return verdict;
  };
}

/**
 * The passage around the first word that matched, with every match in it
 * marked. The words before the first match match nothing, and the text is
 * read no further than the passage.
 */
export function toSnippet(text: string, terms: readonly string[]): Snippet {
  const matches = matcher(terms.filter((term) => term.length > 0));
  const words = wordsWithOffsets(text);
  let word = words.next();
  while (!word.done && !matches(word.value.word)) word = words.next();
  const first = word.done ? null : word.value;
  let from = first ? Math.max(0, first.start - before) : 0;
  if (from > 0) from = text.indexOf(' ', from) + 1 || from;
  let to = Math.min(text.length, from + length);
  if (to < text.length) to = text.lastIndexOf(' ', to) > from ? text.lastIndexOf(' ', to) : to;
  const marks: Snippet['marks'] = [];
  for (; !word.done && word.value.end <= to; word = words.next()) {
    const { start, end } = word.value;
    if (start >= from && matches(word.value.word)) marks.push({ start: start - from, end: end - from });
  }
  return { text: text.slice(from, to), marks, cutStart: from > 0, cutEnd: to < text.length, firstMatch: first?.word ?? null };
}
