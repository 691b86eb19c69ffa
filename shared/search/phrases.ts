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

const ascii = /^[^\u0080-\uffff]*$/;

/**
 * Whether a text holds every phrase, its words in that order with nothing but
 * spaces or punctuation between them. A search tests every document that has
 * the words, so the text is matched as it stands instead of being split into
 * words, and in lower case first: only a text with other characters than
 * ASCII can hold a phrase that lower case alone does not show ("coördinatie").
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
    if (ascii.test(text)) return false;
    const normal = normalizeText(text);
    return patterns.every((pattern) => pattern.test(normal));
  };
}
