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

const folded = /^[a-z0-9 ]*$/;

/** A word or name folded as foldText folds a text; one in plain lower-case ASCII already is. */
export const foldWord = (word: string) => (folded.test(word) ? word : foldText(word).text);
