import { normalizeText, tokenize } from './normalize';

const escape = (word: string) => word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/*
 * The words of a phrase as the tokenizer would see them in a text: another
 * word or an apostrophe joined to a letter on either side makes it part of a
 * longer word; between two words lies a run of other characters that is not
 * a single apostrophe (that would join them into one word, as in "camera's").
 * A combining mark counts as neither: the text is tried again without them.
 */
const startOfWord = "(?<![\\p{L}\\p{N}\\p{M}])(?<![\\p{L}\\p{N}]['’])";
const endOfWord = "(?![\\p{L}\\p{N}\\p{M}])(?!['’][\\p{L}\\p{N}])";
const between = "(?:[^\\p{L}\\p{N}\\p{M}]{2,}|[^\\p{L}\\p{N}\\p{M}'’])";

/*
 * A character that normalizing could change into a letter or digit, or
 * drop: anything but printable ASCII, white space and the typographic
 * quotes, dashes, dot and ellipsis, which stay apart from words either way.
 */
const mayChange = /[^ -~\s‘’“”·–—…]/;

/*
 * Normalizing changes only what lies outside ASCII (a combining mark after
 * an ASCII letter is dropped on its own just as with its letter), so only
 * those runs are normalized: the few that Dutch uses (é, ë, ï) come back in
 * every text, and normalizing a whole text took ten times as long.
 */
const nonAscii = /[\u0080-\uffff]+/g;
const runLimit = 10_000;
const normalRuns = new Map<string, string>();

function normalizeRun(run: string): string {
  let normal = normalRuns.get(run);
  if (normal === undefined) {
    normal = normalizeText(run);
    if (normalRuns.size >= runLimit) normalRuns.clear();
    normalRuns.set(run, normal);
  }
  return normal;
}

/**
 * Whether a text holds every phrase, its words in that order with nothing but
 * spaces or punctuation between them. A search tests every document that has
 * the words, so the text is matched as it stands instead of being split into
 * words, and in lower case first: only a text with a letter or digit
 * outside ASCII can hold a phrase that lower case alone does not show
 * ("coördinatie"); quotes and dashes as a word processor types them do not.
 */
export function toPhraseTest(phrases: readonly string[]): (text: string) => boolean {
  const patterns = phrases
    .map((phrase) => tokenize(normalizeText(phrase)))
    .filter((words) => words.length > 0)
    .map((words) => new RegExp(startOfWord + words.map(escape).join(between) + endOfWord, 'u'));
  if (patterns.length === 0) return () => true;
  return (text) => {
    const lower = text.toLowerCase();
    if (patterns.every((pattern) => pattern.test(lower))) return true;
    if (!mayChange.test(text)) return false;
    const normal = lower.replace(nonAscii, normalizeRun);
    return patterns.every((pattern) => pattern.test(normal));
  };
}
