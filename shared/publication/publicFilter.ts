import { replaceInRichText, applyReplacements, type TextReplacement } from '../advice/replaceAcrossTextNodes';
import { removeLinksWhere } from '../advice/removeLinks';
import type { RichText } from '../cases/caseSchema';
import { foldWord } from './foldedText';
import { createLinkPolicy } from './linkPolicy';
import { createNameFinder, type MatchCertainty, type NameRole, type WordList } from './nameFinder';
import { findPersonalData, type DataKind } from './personalData';
import type { DecisionRecord } from './publicationRecord';
import type { Filtered } from './publicText';

export const findingKinds = ['name', 'email', 'phone', 'address', 'bsn', 'link', 'candidate'] as const;
export type FindingKind = (typeof findingKinds)[number];

/** What a public text shows instead of personal data that is not a known person's name. */
export const dataReplacements: Record<Exclude<FindingKind, 'name'>, string> = {
  email: '[e-mailadres]',
  phone: '[telefoonnummer]',
  address: '[adres]',
  bsn: '[BSN]',
  link: '[link]',
  candidate: '[naam]',
};


/** One thing the filter found in one place of the public model. */
export interface Finding {
  key: string;
  kind: FindingKind;
  certainty: MatchCertainty;
  /** Where in the model: its property path without list positions ("recommendations.text"). */
  field: string;
  text: string;
  replacement: string;
  /** The text around it, as written, for the review to show. */
  before: string;
  after: string;
  /** Whether the public text holds the replacement. */
  replaced: boolean;
}

export interface PublicationContext {
  /** The people register and everyone the advice itself names, each with the role shown instead. */
  names: readonly NameRole[];
  words: WordList;
  /** Domains a link may keep its address to (see linkPolicy). */
  linkDomains: readonly string[];
  /**
   * `review`: every finding is listed and an uncertain one stays as written
   * until a person decides. `strict`, for an output nobody reviews: every
   * match is replaced.
   */
  mode: 'review' | 'strict';
  decisions: readonly DecisionRecord[];
}

export const findingKey = (kind: FindingKind, text: string) => `${kind}:${foldWord(text).trim()}`;

/* A capitalised word that is no Dutch word, after a title or initials, or two such words in a row: likely someone not in the register. */
const intro = String.raw`(?:(?:[Dd]hr|[Mm]evr|[Mm]w|[Mm]evrouw|[Mm]eneer|[Hh]eer|[Dd]rs?|[Mm]r|[Ii]r|[Pp]rof)\.?\s+|(?:\p{Lu}\.\s?){1,4})`;
const word = String.raw`\p{Lu}\p{Ll}+(?:[-'’]\p{Lu}?\p{Ll}+)?`;
const prefixes = String.raw`\s+(?:(?:van|de|der|den|ter|ten|te|el|'t)\s+)*`;
const secondWord = String.raw`\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?`;
const end = String.raw`(?![\p{L}\p{N}])`;
// The lookahead: a capitalised word alone (the start of every sentence) is no candidate, and as no match it costs nothing.
const candidatePattern = new RegExp(
  String.raw`(?<![\p{L}\p{N}.])(?=${intro}|${word}${prefixes}${secondWord}${end})(?<intro>${intro})?(?<first>${word})(?:${prefixes}(?<second>${secondWord}))?${end}`,
  'gu',
);
const contextChars = 40;

interface Hit {
  from: number;
  to: number;
  kind: FindingKind;
  certainty: MatchCertainty;
  replacement: string;
}

/**
 * The one publication filter: every string of a public model passes it.
 * Names from the register become roles; e-mail addresses, phone numbers,
 * addresses and citizen service numbers become a placeholder; a link keeps
 * its address only where the link policy allows; in review mode, words that
 * look like a person not in the register are listed. Every finding is
 * reported with where it was, so the review can show it and its decision
 * can be applied on the next run.
 */
export function createPublicFilter(context: PublicationContext) {
  const findNames = createNameFinder(context.names, context.words);
  const links = createLinkPolicy(
    context.names.map((n) => n.name),
    context.linkDomains,
  );
  const decided = new Map(context.decisions.map((d) => [d.key, d.decision]));
  const findings: Finding[] = [];
  // A text repeats its capitalised words (every sentence's first one): each is looked up once.
  const known = new Map<string, boolean>();
  const isWord = (word: string) => {
    let answer = known.get(word);
    if (answer === undefined) {
      answer = context.words.has(foldWord(word));
      known.set(word, answer);
    }
    return answer;
  };

  function candidates(text: string, taken: readonly Hit[]): Hit[] {
    if (context.mode !== 'review') return [];
    const found: Hit[] = [];
    for (const m of text.matchAll(candidatePattern)) {
      const { intro, first, second } = m.groups as { intro?: string; first: string; second?: string };
      // Most matches are one capitalised word at the start of a sentence: nothing to look up.
      if (intro === undefined && second === undefined) continue;
      const likely = intro !== undefined ? !isWord(first) || (second !== undefined && !isWord(second)) : !isWord(first) && !isWord(second!);
      const from = m.index;
      const to = from + m[0].length;
      if (likely && !taken.some((hit) => hit.from < to && from < hit.to)) {
        found.push({ from, to, kind: 'candidate', certainty: 'uncertain', replacement: dataReplacements.candidate });
      }
    }
    return found;
  }

  const finder =
    (field: string) =>
    (text: string): TextReplacement[] => {
      const hits: Hit[] = [
        ...links.findNamingAddresses(text).map((r) => ({ ...r, kind: 'link' as const, certainty: 'certain' as const, replacement: dataReplacements.link })),
        ...findPersonalData(text).map((r) => ({ ...r, kind: r.kind as DataKind, certainty: 'certain' as const, replacement: dataReplacements[r.kind] })),
        ...findNames(text).map((m) => ({ from: m.from, to: m.to, kind: 'name' as const, certainty: m.certainty, replacement: m.role })),
      ];
      hits.sort((a, b) => a.from - b.from || b.to - a.to);
      let reached = 0;
      const kept = hits.filter((hit) => {
        if (hit.from < reached) return false;
        reached = hit.to;
        return true;
      });
      const all = [...kept, ...candidates(text, kept)].sort((a, b) => a.from - b.from);
      return all.flatMap((hit) => {
        const found = text.slice(hit.from, hit.to);
        const key = findingKey(hit.kind, found);
        const decision = decided.get(key);
        const replaced = decision ? decision !== 'not_a_name' : context.mode === 'strict' || hit.certainty === 'certain';
        findings.push({
          key,
          kind: hit.kind,
          certainty: hit.certainty,
          field,
          text: found,
          replacement: hit.replacement,
          before: text.slice(Math.max(0, hit.from - contextChars), hit.from),
          after: text.slice(hit.to, hit.to + contextChars),
          replaced,
        });
        return replaced ? [{ from: hit.from, to: hit.to, text: hit.replacement }] : [];
      });
    };

  const filterRichText = (doc: RichText, field: string): RichText => {
    let removed = 0;
    const unlinked = removeLinksWhere(doc, (href) => {
      const drop = !links.keepsLink(href);
      if (drop) removed += 1;
      return drop;
    });
    if (removed > 0) {
      findings.push({ key: `link-address:${field}`, kind: 'link', certainty: 'certain', field, text: '', replacement: '', before: '', after: '', replaced: true });
    }
    return replaceInRichText(unlinked, finder(field));
  };

  const walk = (value: unknown, path: string): unknown => {
    if (typeof value === 'string') return applyReplacements(value, finder(path)(value));
    if (Array.isArray(value)) return value.map((item) => walk(item, path));
    if (typeof value !== 'object' || value === null) return value;
    if ((value as { type?: unknown }).type === 'doc') return filterRichText(value as RichText, path);
    return Object.fromEntries(Object.entries(value).map(([key, child]) => [key, walk(child, path ? `${path}.${key}` : key)]));
  };

  return {
    /** The value with every string in it filtered, whatever its shape. */
    filter<T>(value: T): Filtered<T> {
      return walk(value, '') as Filtered<T>;
    },
    /** Everything found so far, in the order it was found. */
    findings: (): readonly Finding[] => findings,
  };
}
