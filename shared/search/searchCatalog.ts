import type { Options } from 'minisearch';
import type { CaseStatus } from '../cases/status';
import { normalizeText, tokenize } from './normalize';
import { keyTerms, rankSimilarCases, type SimilarCase } from './similarCases';
import { toPhraseTest } from './phrases';
import { toSnippet, type Snippet } from './snippet';
import type { CaseFacets, SearchDocument, SearchKind } from './searchDocument';
import { searchKinds } from './searchDocument';
import { bm25, maxFuzzy, SearchIndex, termWeights, type StoredIndex } from './searchIndex';
import { toTerm, toTerms } from './terms';
import { TopResults } from './topResults';
import { isVisible, type SearchViewer } from './visibility';

/** Raise when what goes into the index changes: a stored index of another version is rebuilt. */
export const searchIndexVersion = 3;

/*
 * What the filters and a hit read of a document. The id comes with the index
 * anyway and the facets of a case are held once in `cases`, so neither is
 * stored (nor written to disk twice).
 */
type StoredDocument = Omit<SearchDocument, 'id' | 'facets'>;
const storedFields: (keyof StoredDocument)[] = ['kind', 'title', 'text', 'caseId', 'meetingId', 'place', 'date', 'confidential'];

/** How the catalog indexes and searches; its tests hold the index to MiniSearch's own search under these. */
export const indexOptions: Options<SearchDocument> = {
  fields: ['title', 'text'],
  storeFields: storedFields,
  tokenize,
  processTerm: (term) => toTerm(term) ?? false,
  searchOptions: {
    boost: { title: 2 },
    combineWith: 'AND',
    // Prefix from three letters on, so the list narrows while typing; one typo in five letters is forgiven.
    prefix: (term) => term.length >= 3,
    fuzzy: (term) => (term.length >= 5 ? 0.2 : false),
    weights: termWeights,
    bm25,
    maxFuzzy,
  },
};

const createIndex = () => new SearchIndex<SearchDocument>(indexOptions);

export interface SearchFilters {
  kinds: readonly SearchKind[];
  statuses: readonly CaseStatus[];
  theme: string;
  /** yyyy-mm-dd, inclusive; '' for open. */
  from: string;
  to: string;
}

export const noFilters: SearchFilters = { kinds: [], statuses: [], theme: '', from: '', to: '' };

export interface SearchHit {
  id: string;
  kind: SearchKind;
  title: string;
  caseId: string | null;
  caseTitle: string | null;
  meetingId: string | null;
  place: string | null;
  date: string | null;
  score: number;
  snippet: Snippet;
}

export interface SearchGroup {
  kind: SearchKind;
  total: number;
  hits: SearchHit[];
}

/** Words in double quotes must appear in that order; the rest is searched word by word. */
export function parseQuery(query: string): { words: string; phrases: string[] } {
  const phrases = [...query.matchAll(/"([^"]+)"/g)].map((match) => match[1]!.trim()).filter(Boolean);
  return { words: query.replace(/"/g, ' ').trim(), phrases };
}

interface CaseEntry {
  title: string;
  facets: CaseFacets;
}

export type SearchCatalogJson = { version: number; index: StoredIndex; cases: [string, CaseEntry][] };

/**
 * The index and what the filters need of every case. Filters read the case
 * as it is now, so a status change of a case counts for its notes too
 * without touching them.
 */
export class SearchCatalog {
  /*
   * Whether each document passes the last search's viewer and filters, and
   * its kind: per short id 0 while not yet asked, -1 for not found, otherwise
   * 1 + the index of its kind in searchKinds. A document keeps its short id
   * only while it stays the same (a change gives it a new one), so an answer
   * holds until the viewer, the filters or a case's facets change: the next
   * keystroke asks no map of every document for the thousands a word meets.
   */
  private verdicts: { key: string; of: Int8Array } | null = null;

  private constructor(
    private readonly index: SearchIndex<SearchDocument>,
    private readonly cases: Map<string, CaseEntry>,
  ) {}

  static empty(): SearchCatalog {
    return new SearchCatalog(createIndex(), new Map());
  }

  /** A stored catalog, or null when it was written by another version of the index. */
  static fromJson(json: SearchCatalogJson): SearchCatalog | null {
    if (json.version !== searchIndexVersion) return null;
    const index = SearchIndex.load<SearchDocument>(json.index, indexOptions);
    return new SearchCatalog(index, new Map(json.cases));
  }

  toJson(): SearchCatalogJson {
    return { version: searchIndexVersion, index: this.index.toStored(), cases: [...this.cases] };
  }

  get size(): number {
    return this.index.documentCount;
  }

  /** Puts these documents in place of whatever the ids had. */
  replace(ids: readonly string[], documents: readonly SearchDocument[]): void {
    for (const id of ids) {
      const stored = this.document(id);
      if (stored) this.index.remove(stored);
      if (id.startsWith('case:')) this.cases.delete(id.slice('case:'.length));
    }
    // A case's status and themes decide what its documents pass.
    if (ids.some((id) => id.startsWith('case:')) || documents.some((document) => document.facets)) this.verdicts = null;
    for (const document of documents) {
      const stored = this.document(document.id);
      if (stored) this.index.remove(stored);
      this.index.add(document);
      if (document.facets && document.caseId) this.cases.set(document.caseId, { title: document.title, facets: document.facets });
    }
  }

  caseFacets(caseId: string): CaseFacets | null {
    return this.cases.get(caseId)?.facets ?? null;
  }

  document(id: string): SearchDocument | null {
    const stored = this.index.getStoredFields(id) as StoredDocument | undefined;
    if (!stored) return null;
    const facets = stored.kind === 'case' && stored.caseId ? this.caseFacets(stored.caseId) : null;
    return { ...stored, id, facets };
  }

  /** The test a document must pass to be found with these filters, prepared once for every match of a search. */
  private filterFor(filters: SearchFilters, viewer: SearchViewer): (document: StoredDocument) => boolean {
    const theme = normalizeText(filters.theme.trim());
    return (document) => {
      if (!isVisible(document, viewer)) return false;
      if (filters.kinds.length > 0 && !filters.kinds.includes(document.kind)) return false;
      if (filters.from !== '' && (document.date === null || document.date < filters.from)) return false;
      if (filters.to !== '' && (document.date === null || document.date > filters.to)) return false;
      if (filters.statuses.length > 0 || theme !== '') {
        const facets = document.caseId ? this.caseFacets(document.caseId) : null;
        if (!facets) return false;
        if (filters.statuses.length > 0 && !filters.statuses.includes(facets.status)) return false;
        if (theme !== '' && !facets.themes.some((t) => normalizeText(t) === theme)) return false;
      }
      return true;
    };
  }

  /** Per short id, whether it passes these filters for this viewer and its kind, as far as decided (see `verdicts`). */
  private verdictsFor(filters: SearchFilters, viewer: SearchViewer): Int8Array {
    const key = JSON.stringify([filters, viewer]);
    const limit = this.index.shortIdLimit;
    if (this.verdicts?.key !== key) this.verdicts = { key, of: new Int8Array(limit) };
    else if (this.verdicts.of.length < limit) {
      const grown = new Int8Array(Math.max(limit, 2 * this.verdicts.of.length));
      grown.set(this.verdicts.of);
      this.verdicts.of = grown;
    }
    return this.verdicts.of;
  }

  /** The matches the viewer may see, best first, grouped by kind with at most `perKind` each. */
  search(query: string, filters: SearchFilters, viewer: SearchViewer, perKind = 5): SearchGroup[] {
    const { words, phrases } = parseQuery(query);
    if (toTerms(words).length === 0) return [];
    const passes = this.filterFor(filters, viewer);
    const verdicts = this.verdictsFor(filters, viewer);
    // Without quotes no match needs its title and text joined into one string.
    const hasPhrases = phrases.length > 0 ? toPhraseTest(phrases) : null;
    const groups: (TopResults<{ shortId: number; score: number }> | undefined)[] = [];
    // Counted and ranked as the index meets them: the thousands a common word matches are neither held nor sorted.
    const indexQuery = this.index.prepare(words);
    this.index.forEachMatch(indexQuery, (shortId, score) => {
      let verdict = verdicts[shortId]!;
      if (verdict === 0) {
        const document = this.index.storedFieldsOf(shortId) as StoredDocument;
        verdict = verdicts[shortId] = passes(document) ? searchKinds.indexOf(document.kind) + 1 : -1;
      }
      if (verdict < 0) return;
      if (hasPhrases) {
        const document = this.index.storedFieldsOf(shortId) as StoredDocument;
        if (!hasPhrases(`${document.title}\n${document.text}`)) return;
      }
      (groups[verdict - 1] ??= new TopResults(perKind)).offer({ shortId, score });
    });
    return searchKinds.flatMap((kind, at) => {
      const group = groups[at];
      if (!group) return [];
      const hits = group.best.map(({ shortId, score }) => this.toHit(shortId, score, this.index.matchedTerms(indexQuery, shortId)));
      return [{ kind, total: group.count, hits }];
    });
  }

  /** The earlier cases most like this one, by technology, themes, values and the words of case, description and advice. */
  similarCases(caseId: string, viewer: SearchViewer, limit = 5): SimilarCase[] {
    const target = this.cases.get(caseId);
    // A case the viewer may not find gives no precedents either: its words would say something of it.
    if (!target || !isVisible({ caseId, confidential: false }, viewer)) return [];
    const own = ['case', 'description'].map((kind) => this.document(`${kind}:${caseId}`)?.text ?? '').join('\n');
    const terms = keyTerms(`${target.title}\n${own}`);
    const textScores = new Map<string, number>();
    if (terms.length > 0) {
      const results = this.index.search(terms.join(' '), {
        combineWith: 'OR',
        prefix: false,
        fuzzy: false,
        filter: (result) => {
          const document = result as unknown as SearchDocument;
          return document.caseId !== null && document.caseId !== caseId && ['case', 'description', 'advice'].includes(document.kind) && isVisible(document, viewer);
        },
      });
      for (const result of results) {
        const id = (result as unknown as SearchDocument).caseId!;
        textScores.set(id, (textScores.get(id) ?? 0) + result.score);
      }
    }
    const candidates = [...this.cases]
      .filter(([id]) => isVisible({ caseId: id, confidential: false }, viewer))
      .map(([id, entry]) => ({ caseId: id, ...entry }));
    return rankSimilarCases({ caseId, ...target }, candidates, textScores, limit);
  }

  private toHit(shortId: number, score: number, terms: readonly string[]): SearchHit {
    const document = this.index.storedFieldsOf(shortId) as StoredDocument;
    return {
      id: this.index.idOf(shortId),
      kind: document.kind,
      title: document.title,
      caseId: document.caseId,
      caseTitle: document.caseId ? (this.cases.get(document.caseId)?.title ?? null) : null,
      meetingId: document.meetingId,
      place: document.place,
      date: document.date,
      score,
      snippet: toSnippet(document.text, terms),
    };
  }
}
