import { foldAsKnownWords, foldText, foldWord, hasInvisible, invisibleBreaks, type FoldedText } from './foldedText';

/** A person's name and the role that replaces it in public texts. */
export interface NameRole {
  name: string;
  role: string;
}

/** Folded Dutch words and places (see wordList.ts): a name that is one of them may be an ordinary word. */
export interface WordList {
  has(word: string): boolean;
}

/**
 * How sure a match is. `certain`: a name. `uncertain`: a one-word name, or
 * a form of one word that is also a Dutch word or a place, written
 * capitalised ("Roos", "Visser", "Berg"): it may be an ordinary word, so a
 * person decides (see publicFilter).
 */
export const matchCertainties = ['certain', 'uncertain'] as const;
export type MatchCertainty = (typeof matchCertainties)[number];

/** A stretch [from, to) of the original text that names someone. */
export interface NameMatch {
  from: number;
  to: number;
  role: string;
  certainty: MatchCertainty;
}

/*
 * Prefixes (tussenvoegsels) that belong to the surname. A register name is
 * split on them: "Jan van der Berg" is the given name jan, the prefix van der
 * and the surname berg. "'t" folds to t, "d'Ancona" to d and ancona.
 */
const prefixWords = new Set([
  ...['van', 'de', 'der', 'den', 'het', 't', 'te', 'ten', 'ter', 'in', 'op', 'aan', 'uit', 'onder', 'over', 'bij'],
  ...['von', 'vom', 'zu', 'zum', 'le', 'la', 'du', 'des', 'd', 'da', 'di', 'dos', 'del', 'el', 'al', 'ben', 'bin', 'ibn', 'mc'],
]);

/* Titles and forms of address written before a name; "de heer" takes its "de" along. */
const titles = new Set(['dhr', 'mevr', 'mw', 'mevrouw', 'meneer', 'heer', 'mr', 'dr', 'drs', 'ir', 'ing', 'prof', 'ds', 'bc', 'msc', 'ma', 'ba']);

const tokenPattern = /[\p{L}\p{N}]+/gu;
const words = (folded: string) => [...folded.matchAll(tokenPattern)].map((m) => m[0]);

interface Person {
  role: string;
  /** Each given name as its tokens ("Jan-Willem": jan, willem). */
  given: string[][];
  prefix: string[];
  /** The surname proper as its tokens ("Jansen-Bakker": jansen, bakker); never empty. */
  core: string[];
  /** A register name of one word: no given name, no prefix. */
  single: boolean;
}

function toPerson({ name, role }: NameRole): Person | null {
  const nameWords = foldWord(name).split(' ').map(words).filter((w) => w.length > 0);
  const last = nameWords.at(-1);
  if (!last) return null;
  // d'Ancona: the prefix is written onto the surname.
  const glued = last.length > 1 && prefixWords.has(last[0]!) ? 1 : 0;
  const core = last.slice(glued);
  const prefix = last.slice(0, glued);
  let start = nameWords.length - 1;
  while (start > 0 && nameWords[start - 1]!.every((token) => prefixWords.has(token))) {
    start -= 1;
    prefix.unshift(...nameWords[start]!);
  }
  const given = nameWords.slice(0, start);
  return { role, given, prefix, core, single: given.length === 0 && prefix.length === 0 };
}

interface Token {
  text: string;
  /** Folded positions. */
  from: number;
  to: number;
}

const tokenAt = /[\p{L}\p{N}]+/gu;

/* The words of a folded text, with their places; a loop rather than matchAll, which keeps a match array per word. */
function tokensOf(text: string): Token[] {
  const tokens: Token[] = [];
  tokenAt.lastIndex = 0;
  for (let m = tokenAt.exec(text); m !== null; m = tokenAt.exec(text)) tokens.push({ text: m[0], from: m.index, to: m.index + m[0].length });
  return tokens;
}

/* What may stand between the words of one name: spaces (a line break folds to one), a hyphen, an apostrophe. */
const nameGap = /^[ '-]{1,3}$/;
const initialGap = /^\. ?$/;
const titleGap = /^\.? {1,2}$/;
const reversedGap = /^ ?, ?$/;

/**
 * Finds register names in text as people write them: any case and accents,
 * invisible characters and odd spaces inside, with or without the prefix,
 * with given names, initials or a title before, reversed ("De Vries, Jan"),
 * in the genitive, and the surname or given name alone. A form of one word
 * counts only capitalised, and when that word is also a Dutch word (or the
 * whole register name is one word) the match is uncertain (see
 * MatchCertainty). Longer matches win over shorter ones that overlap them.
 */
export function createNameFinder(names: readonly NameRole[], dutchWords: WordList): (text: string) => NameMatch[] {
  const people = names.flatMap((n) => toPerson(n) ?? []);
  const byCore = new Map<string, Person[]>();
  const byGiven = new Map<string, Person[]>();
  const add = (map: Map<string, Person[]>, key: string, person: Person) => map.set(key, [...(map.get(key) ?? []), person]);
  for (const person of people) {
    add(byCore, person.core[0]!, person);
    if (person.core.length === 1) add(byCore, `${person.core[0]}s`, person);
    const first = person.given[0];
    if (first) {
      add(byGiven, first[0]!, person);
      if (first.length === 1) add(byGiven, `${first[0]}s`, person);
    }
  }
  if (people.length === 0) return () => [];
  // Every word a register name, a form of one or a title is made of: what an invisible character between letters may join into.
  const nameWords = new Set([...byCore.keys(), ...byGiven.keys(), ...titles, ...people.flatMap((p) => [...p.given.flat(), ...p.prefix, ...p.core])]);

  const find = (original: string, folded: FoldedText): NameMatch[] => {
    const tokens = tokensOf(folded.text);
    // Most texts hold no word of any register name: they need nothing more.
    if (!tokens.some((token) => byCore.has(token.text) || byGiven.has(token.text))) return [];
    const gapBefore = (i: number) => folded.text.slice(tokens[i - 1]?.to ?? 0, tokens[i]!.from);
    const gapAfter = (i: number) => folded.text.slice(tokens[i]!.to, tokens[i + 1]?.from ?? folded.text.length);
    const capitalised = (i: number) => /^\p{Lu}/u.test(String.fromCodePoint(original.codePointAt(folded.start(tokens[i]!.from))!));

    /* The tokens `sequence` from token i on, joined by name gaps; the index after them, or -1. A last token may carry a genitive s. */
    const forward = (sequence: readonly string[], i: number, genitive = false): number => {
      for (let k = 0; k < sequence.length; k += 1) {
        const token = tokens[i + k];
        if (!token || (k > 0 && !nameGap.test(gapBefore(i + k)))) return -1;
        const last = k === sequence.length - 1;
        if (token.text !== sequence[k] && !(genitive && last && token.text === `${sequence[k]}s`)) return -1;
      }
      return i + sequence.length;
    };
    /* The tokens `sequence` ending just before token i, joined to it by name gaps; their first index, or -1. */
    const backward = (sequence: readonly string[], i: number): number => {
      const start = i - sequence.length;
      if (sequence.length === 0 || start < 0 || !nameGap.test(gapBefore(i))) return -1;
      return forward(sequence, start) === i ? start : -1;
    };
    const givenBefore = (person: Person, i: number): number => {
      for (const given of [person.given.flat(), person.given[0] ?? []]) {
        const start = backward(given, i);
        if (start >= 0) return start;
      }
      let start = i;
      while (start > 0 && tokens[start - 1]!.text.length === 1 && initialGap.test(gapAfter(start - 1)) && i - start < 4) start -= 1;
      return start < i ? start : -1;
    };
    const titleBefore = (i: number): number => {
      if (i === 0 || !titles.has(tokens[i - 1]!.text) || !titleGap.test(gapBefore(i))) return i;
      const start = i - 1;
      return tokens[start]!.text === 'heer' && tokens[start - 1]?.text === 'de' && nameGap.test(gapBefore(start)) ? start - 1 : start;
    };
    /* ", Jan", ", J.", ", Jan de": the given name after a surname written first. */
    const givenAfter = (person: Person, end: number): number => {
      if (!tokens[end] || !reversedGap.test(gapBefore(end))) return end;
      for (const given of [person.given.flat(), person.given[0] ?? []]) {
        const after = given.length > 0 ? forward(given, end) : -1;
        if (after >= 0) return Math.max(after, forward(person.prefix, after));
      }
      let after = end;
      while (tokens[after]?.text.length === 1 && /^\./.test(gapAfter(after)) && after - end < 4) after += 1;
      return after > end ? Math.max(after, person.prefix.length > 0 ? forward(person.prefix, after) : -1) : end;
    };
    const isWord = (sequence: readonly string[]) => sequence.length === 1 && dutchWords.has(sequence[0]!);

    const found: { start: number; end: number; role: string; certainty: MatchCertainty }[] = [];
    const propose = (start: number, end: number, role: string, oneWord: boolean, uncertain: boolean) =>
      found.push({ start, end, role, certainty: oneWord && uncertain ? 'uncertain' : 'certain' });

    for (let i = 0; i < tokens.length; i += 1) {
      for (const person of byCore.get(tokens[i]!.text) ?? []) {
        let end = forward(person.core, i, true);
        if (end < 0) continue;
        const coreIsWord = isWord(person.core);
        let start = i;
        const withPrefix = backward(person.prefix, start);
        if (withPrefix >= 0) start = withPrefix;
        const withGiven = givenBefore(person, start);
        if (withGiven >= 0) start = withGiven;
        const reversedEnd = withGiven < 0 ? givenAfter(person, end) : end;
        const hasGiven = withGiven >= 0 || reversedEnd > end;
        end = reversedEnd;
        const withTitle = titleBefore(start);
        const hasTitle = withTitle < start;
        start = withTitle;
        const oneWord = withPrefix < 0 && !hasGiven && !hasTitle;
        // "de boer" is a farmer; "de Boer", "Jan de boer" and "mevrouw de boer" are a person.
        if ((oneWord || coreIsWord) && !hasGiven && !hasTitle && !capitalised(i)) continue;
        propose(start, end, person.role, oneWord, person.single || coreIsWord);
      }
      for (const person of byGiven.get(tokens[i]!.text) ?? []) {
        const first = person.given[0]!;
        const end = forward(first, i, true);
        if (end < 0 || !capitalised(i)) continue;
        const start = titleBefore(i);
        propose(start, end, person.role, start === i, isWord(first));
      }
    }

    found.sort((a, b) => a.start - b.start || b.end - a.end);
    const kept: NameMatch[] = [];
    let reached = 0;
    for (const match of found) {
      if (match.start < reached) continue;
      reached = match.end;
      const last = tokens[match.end - 1]!;
      // "Hendriks'" and "Jan's": the apostrophe and its s belong to the name.
      const genitive = /^'s?(?![\p{L}\p{N}])/u.exec(folded.text.slice(last.to))?.[0] ?? '';
      const foldedEnd = last.to + genitive.length;
      kept.push({ from: folded.start(tokens[match.start]!.from), to: folded.end(foldedEnd - 1), role: match.role, certainty: match.certainty });
    }
    return kept;
  };

  return (original) => {
    const matches = find(original, foldText(original));
    if (!hasInvisible(original)) return matches;
    // An invisible character splits a word ("Vis\u00ADser") as often as it joins two ("Jan\u200Bde\u200BVries"), and one text may do both: read it every way.
    const readings = [...invisibleBreaks.map((breaks) => foldText(original, breaks)), foldAsKnownWords(original, (word) => nameWords.has(word))];
    const all = [...matches, ...readings.flatMap((folded) => find(original, folded))].sort((a, b) => a.from - b.from || b.to - a.to);
    let reached = 0;
    return all.filter((match) => {
      if (match.from < reached) return false;
      reached = match.to;
      return true;
    });
  };
}
