import { foldLetters } from '../advice/nameParts';

/*
 * Characters that show nothing but split a word for a plain comparison: soft
 * hyphen, zero-width space and joiners, word joiner, byte order mark, the
 * combining grapheme joiner and the Mongolian vowel separator.
 */
const anyInvisible = /\u00AD|\u034F|\u180E|[\u200B-\u200D]|\u2060|\uFEFF/u;
const invisible = new RegExp(`^(?:${anyInvisible.source})$`, 'u');

/** Whether the text holds a character that shows nothing: it may split a word or join two (see foldText). */
export const hasInvisible = (text: string): boolean => anyInvisible.test(text);

/**
 * The ways to read invisible characters as word breaks, besides reading none
 * as one: every one, or as typesetting uses them, where a zero-width space,
 * word joiner or byte order mark stands between words and a soft hyphen or
 * joiner inside one ("Jan\u200Bde\u200BVr\u00ADies").
 */
export const invisibleBreaks: readonly RegExp[] = [invisible, /^[\u180E\u200B\u2060\uFEFF]$/u];
const apostrophe = /^['’‘‛`´ʼʹ′]$/u;
const hyphen = /^[-\u2010-\u2015\u2212\uFE63\uFF0D]$/u;
const space = /^\s$/u;

/** One character as names are compared: NFKC, lower case, no accents; every space one space, every apostrophe and hyphen one form. */
function foldFresh(char: string): string {
  if (invisible.test(char)) return '';
  if (space.test(char)) return ' ';
  if (apostrophe.test(char)) return "'";
  if (hyphen.test(char)) return '-';
  return foldLetters(char.normalize('NFKC'));
}

// A text has few distinct characters and a locale-aware lower case is slow, so each is folded once.
const folds = new Map<string, string>();
function foldChar(char: string): string {
  let folded = folds.get(char);
  if (folded === undefined) {
    folded = foldFresh(char);
    folds.set(char, folded);
  }
  return folded;
}

/**
 * A text folded for finding names in it, with the way back: the folded
 * character at i came from the original text's [start(i), end(i)). Folding
 * goes character by character, so a decomposed accent (NFD) folds to nothing
 * and an invisible character inside a name leaves the name whole. One that
 * matches `breaks` (see invisibleBreaks) separates words instead, as it does
 * between the words of "Jan\u200Bde\u200BVries".
 */
export interface FoldedText {
  text: string;
  start(i: number): number;
  end(i: number): number;
}

/* Plain ASCII, where only a capital and a control character change. */
const plainAscii = /^[\0-\x5f\x61-\x7f]*$/;
/* Everything below the space, in plain ASCII: the control characters, each read as a space. */
const controls = /[^ -\x7f]/g;

/* Most texts fold character for character (é to e, ’ to '): the way back is then the same position, and no list of positions is kept. */
const samePlaces = (text: string): FoldedText => ({ text, start: (i) => i, end: (i) => i + 1 });

export function foldText(original: string, breaks?: RegExp): FoldedText {
  if (plainAscii.test(original)) return samePlaces(original.toLowerCase().replace(controls, ' '));
  let text = '';
  // Kept from the first character that folds to another length (an NFD accent, a soft hyphen, an astral letter).
  let from: number[] | null = null;
  let to: number[] | null = null;
  for (let index = 0; index < original.length; ) {
    const code = original.charCodeAt(index);
    if (code < 0x80 && code !== 0x60) {
      text += code >= 0x41 && code <= 0x5a ? String.fromCharCode(code + 0x20) : code <= 0x20 ? ' ' : original[index];
      from?.push(index);
      index += 1;
      to?.push(index);
      continue;
    }
    const char = String.fromCodePoint(original.codePointAt(index)!);
    const folded = breaks?.test(char) ? ' ' : foldChar(char);
    if (from === null && (folded.length !== 1 || char.length !== 1)) {
      from = Array.from({ length: text.length }, (_, i) => i);
      to = from.map((i) => i + 1);
    }
    for (let unit = 0; unit < folded.length && from !== null; unit += 1) {
      from.push(index);
      to!.push(index + char.length);
    }
    text += folded;
    index += char.length;
  }
  if (from === null || to === null) return samePlaces(text);
  const [starts, ends] = [from, to];
  return { text, start: (i) => starts[i]!, end: (i) => ends[i]! };
}

const typesetBreak = invisibleBreaks[1]!;
const joined = '\u00AD';
const broken = '\u200B';
/* Letters with invisible characters between them: "V\u200Bries", "Jan\u200Bde\u200BV\u200Bries". */
const invisibleRun = new RegExp(`[\\p{L}\\p{N}\\p{M}]+(?:(?:${anyInvisible.source})+[\\p{L}\\p{N}\\p{M}]+)+`, 'gu');
const invisibles = new RegExp(`(?:${anyInvisible.source})+`, 'gu');

/**
 * The text folded with each invisible character between letters read as the
 * words it stands between say: from the left, the letters up to an invisible
 * character join the following ones into the longest word `isWord` knows,
 * and an invisible character where no known word goes on breaks the words.
 * So one character can split one word and separate two in the same name
 * ("Jan\u200Bde\u200BV\u200Bries" reads as jan de vries), where every fixed
 * reading (invisibleBreaks) reads one of them wrong.
 */
export function foldAsKnownWords(original: string, isWord: (folded: string) => boolean): FoldedText {
  // Code units, so each invisible character is replaced one for one by one that reads as its choice: every position stays.
  const units = original.split('');
  for (const run of original.matchAll(invisibleRun)) {
    const gaps = [...run[0].matchAll(invisibles)];
    const parts = run[0].split(invisibles).map(foldWord);
    const joins = parts.slice(1).map(() => false);
    for (let i = 0; i < parts.length; ) {
      let j = parts.length - 1;
      while (j > i && !isWord(parts.slice(i, j + 1).join(''))) j -= 1;
      for (let k = i; k < j; k += 1) joins[k] = true;
      i = j + 1;
    }
    for (const [k, gap] of gaps.entries()) {
      for (let unit = 0; unit < gap[0].length; unit += 1) units[run.index + gap.index + unit] = joins[k] ? joined : broken;
    }
  }
  return foldText(units.join(''), typesetBreak);
}

const folded = /^[a-z0-9 ]*$/;

/** A word or name folded as foldText folds a text; one in plain lower-case ASCII already is. */
export const foldWord = (word: string) => (folded.test(word) ? word : foldText(word).text);
