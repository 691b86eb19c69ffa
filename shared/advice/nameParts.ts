/* Letters Unicode does not decompose into a plain letter and an accent; slugs write them like this. */
const plainLetters: Record<string, string> = { ı: 'i', ø: 'o', ł: 'l', đ: 'd', ß: 'ss', æ: 'ae', œ: 'oe' };

/**
 * Text as names are compared in it: lower case and without accents, the way
 * addresses usually spell a name ("Özdemir" as "ozdemir").
 */
export function foldLetters(text: string): string {
  return text
    .toLocaleLowerCase('nl')
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/[ıøłđßæœ]/g, (letter) => plainLetters[letter] ?? letter);
}

/*
 * The name prefixes (tussenvoegsels) that belong to the surname: "de Vries" is
 * one surname, written "devries" or "de-vries" in an address. The rare
 * prefixes that are mostly everyday words (in, op, aan, bij, uit) are not
 * listed, since a prefix is what lets a surname alone count (see nameInUrl).
 */
const prefixes = new Set([
  ...['van', 'de', 'der', 'den', 'het', 't', 'te', 'ten', 'ter'],
  ...['von', 'vom', 'zu', 'le', 'la', 'du', 'des', 'd', 'da', 'di', 'dos', 'el', 'al'],
]);

/** A name's words, folded: the given names, then the surname with its prefixes. */
export interface NameParts {
  given: string[];
  /** Prefixes first, the surname proper last; never empty. */
  surname: string[];
}

/**
 * The words of a name, split on anything but letters and digits ("J.P. de
 * Vries" gives j, p / de, vries). A name of one word, or of prefixes and a
 * surname only ("van Dijk"), has no given names.
 */
export function nameParts(name: string): NameParts | null {
  const words = foldLetters(name)
    .split(/[^\p{L}\p{N}]+/u)
    .filter((word) => word !== '');
  if (words.length === 0) return null;
  let start = words.length - 1;
  while (start > 0 && prefixes.has(words[start - 1]!)) start -= 1;
  return { given: words.slice(0, start), surname: words.slice(start) };
}
