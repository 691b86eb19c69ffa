import { decodePunycode } from '../publication/punycode';
import { foldLetters, nameParts, type NameParts } from './nameParts';

/*
 * When an address names someone. Names are compared folded (no case, no
 * accents) with the percent-decoded address, their words joined by nothing or
 * by any of - _ . + ~ / and space, as slugs, user names, home folders and
 * mail addresses write them (a punycode host name is read decoded):
 * - the given names (all, the first, or initials) with the surname, with or
 *   without its prefix, in either order, also as lists write it: jandevries,
 *   j.devries, jan-vries, devries.jan, vries-jan-de;
 * - the surname alone only with its prefix (devries, van-dijk). Without one a
 *   surname is too often an everyday word (Bakker, Visser, the "groot" of de
 *   Groot), and the names also hold free text, such as a requester
 *   "Teamleider Toezicht" whose last word is no surname;
 * - a name of one word, or of a surname only, as it stands.
 * A spelling needs four letters or more and no letter right before or after
 * it (a digit may: jdevries82), so that a short name is not found inside a
 * word ("Anna" in havanna) or as an everyday address part ("Ad" in ad.nl, the
 * "li.b" of Bo Li in /lib/). Only a given name and surname of eight letters
 * or more together are distinctive enough to count inside a longer word too
 * (annadevriesfotografie.nl).
 *
 * A link found this way loses only its address; a false match costs a link,
 * a missed one publishes a name.
 */
const shortest = 4;
const distinctive = 8;

interface Spelling {
  words: string[];
  /** Whether it counts inside a longer word. */
  anywhere: boolean;
}

const initial = (word: string) => [...word][0] ?? '';
const letterCount = (words: readonly string[]) => [...words.join('')].length;

function spellings({ given, surname }: NameParts): Spelling[] {
  if (given.length === 0) return [{ words: surname, anywhere: false }];
  const prefixes = surname.slice(0, -1);
  const proper = surname.slice(-1);
  const givenForms = [given, given.slice(0, 1), given.map(initial), [initial(given[0]!)]];
  const surnameForms = prefixes.length > 0 ? [surname, proper] : [surname];
  const withGiven = givenForms.flatMap((forename) => {
    const orders = [
      ...surnameForms.flatMap((last) => [
        [...forename, ...last],
        [...last, ...forename],
      ]),
      ...(prefixes.length > 0 ? [[...proper, ...forename, ...prefixes]] : []),
    ];
    const fullGiven = forename.every((word) => letterCount([word]) > 1);
    return orders.map((words) => ({ words, anywhere: fullGiven && letterCount(words) >= distinctive }));
  });
  return prefixes.length > 0 ? [...withGiven, { words: surname, anywhere: false }] : withGiven;
}

const encodedRun = /(?:%[0-9a-f]{2})+/gi;

/* Older sites encode "é" in Latin-1, as %E9, which is no UTF-8; such a run is read as Latin-1. */
function decodeRun(run: string): string {
  try {
    return decodeURIComponent(run);
  } catch {
    return run.replace(/%([0-9a-f]{2})/gi, (_, hex: string) => String.fromCharCode(Number.parseInt(hex, 16)));
  }
}

/* Decoded until nothing changes, within a few rounds: an address encoded twice ("%2520") hides a name as well as once. */
function percentDecoded(url: string): string {
  let text = url;
  for (let round = 0; round < 3; round += 1) {
    const decoded = text.replace(encodedRun, decodeRun);
    if (decoded === text) break;
    text = decoded;
  }
  return text;
}

/*
 * Separators are left out of the address before looking, so one look finds a
 * spelling however its words are joined. They are skipped inside words too,
 * which makes "an-na" count as Anna; addresses seldom split a word so.
 */
const separator = /[\s._+~/-]/u;

/** The address without separators, and where each of its characters stood in the address. */
function withoutSeparators(address: string): { text: string; at: number[] } {
  let text = '';
  const at: number[] = [];
  for (let i = 0; i < address.length; i += 1) {
    if (separator.test(address[i]!)) continue;
    text += address[i];
    at.push(i);
  }
  return { text, at };
}

const letterBefore = (text: string, index: number) => /\p{L}$/u.test(text.slice(Math.max(0, index - 2), index));
const letterAt = (text: string, index: number) => /^\p{L}/u.test(text.slice(index, index + 2));

/** Whether an address names one of these people in a common spelling (see above). */
export function urlNameDetector(names: readonly string[]): (url: string) => boolean {
  // A spelling's words joined, and whether it counts inside a longer word.
  const known = new Map<string, boolean>();
  for (const name of names) {
    const parts = nameParts(name);
    for (const { words, anywhere } of parts === null ? [] : spellings(parts)) {
      const joined = words.join('');
      if (letterCount(words) >= shortest) known.set(joined, known.get(joined) === true || anywhere);
    }
  }
  if (known.size === 0) return () => false;
  const lengths = [...new Set([...known.keys()].map((joined) => joined.length))];
  return (url) => {
    const address = foldLetters(decodePunycode(percentDecoded(url)));
    const { text, at } = withoutSeparators(address);
    for (let start = 0; start < text.length; start += 1) {
      for (const length of lengths) {
        const end = start + length;
        const anywhere = end <= text.length ? known.get(text.slice(start, end)) : undefined;
        if (anywhere === true) return true;
        if (anywhere === false && !letterBefore(address, at[start]!) && !letterAt(address, at[end - 1]! + 1)) return true;
      }
    }
    return false;
  };
}
