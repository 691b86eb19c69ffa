import MiniSearch, { type AsPlainObject, type Options, type SearchResult } from 'minisearch';
import type { CaseStatus } from '../cases/status';
import { normalizeText, tokenize } from './normalize';
import { keyTerms, rankSimilarCases, type SimilarCase } from './similarCases';
import { toSnippet, type Snippet } from './snippet';
import type { CaseFacets, SearchDocument, SearchKind } from './searchDocument';
import { searchKinds } from './searchDocument';
import { toTerm, toTerms } from './terms';
import { isVisible, type SearchViewer } from './visibility';

/** Raise when what goes into the index changes: a stored index of another version is rebuilt. */
export const searchIndexVersion = 1;

const storedFields: (keyof SearchDocument)[] = ['id', 'kind', 'title', 'text', 'caseId', 'meetingId', 'place', 'date', 'confidential', 'facets'];

const options: Options<SearchDocument> = {
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
  },
};

const createMiniSearch = () => new MiniSearch<SearchDocument>(options);

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

const spaced = (text: string) => ` ${tokenize(normalizeText(text)).join(' ')} `;

function hasPhrases(text: string, phrases: readonly string[]): boolean {
  if (phrases.length === 0) return true;
  const haystack = spaced(text);
  return phrases.every((phrase) => haystack.includes(spaced(phrase)));
}

interface CaseEntry {
  title: string;
  facets: CaseFacets;
}

export type SearchCatalogJson = { version: number; index: AsPlainObject; cases: [string, CaseEntry][] };

/**
 * The index and what the filters need of every case. Filters read the case
 * as it is now, so a status change of a case counts for its notes too
 * without touching them.
 */
export class SearchCatalog {
  private constructor(
    private readonly index: MiniSearch<SearchDocument>,
    private readonly cases: Map<string, CaseEntry>,
  ) {}

  static empty(): SearchCatalog {
    return new SearchCatalog(createMiniSearch(), new Map());
  }

  /** A stored catalog, or null when it was written by another version of the index. */
  static fromJson(json: SearchCatalogJson): SearchCatalog | null {
    if (json.version !== searchIndexVersion) return null;
    const index = MiniSearch.loadJS<SearchDocument>(json.index, options);
    return new SearchCatalog(index, new Map(json.cases));
  }

  toJson(): SearchCatalogJson {
    return { version: searchIndexVersion, index: this.index.toJSON(), cases: [...this.cases] };
  }

  get size(): number {
    return this.index.documentCount;
  }

  /** Puts these documents in place of whatever the ids had. */
  replace(ids: readonly string[], documents: readonly SearchDocument[]): void {
    for (const id of ids) {
      const stored = this.index.getStoredFields(id);
      if (stored) this.index.remove(stored as unknown as SearchDocument);
      if (id.startsWith('case:')) this.cases.delete(id.slice('case:'.length));
    }
    for (const document of documents) {
      if (this.index.has(document.id)) this.index.remove(this.index.getStoredFields(document.id) as unknown as SearchDocument);
      this.index.add(document);
      if (document.facets && document.caseId) this.cases.set(document.caseId, { title: document.title, facets: document.facets });
    }
  }

  caseFacets(caseId: string): CaseFacets | null {
    return this.cases.get(caseId)?.facets ?? null;
  }

  document(id: string): SearchDocument | null {
    return (this.index.getStoredFields(id) as SearchDocument | undefined) ?? null;
  }

  private passes(result: SearchResult, filters: SearchFilters, viewer: SearchViewer): boolean {
    const document = result as unknown as SearchDocument;
    if (!isVisible(document, viewer)) return false;
    if (filters.kinds.length > 0 && !filters.kinds.includes(document.kind)) return false;
    if (filters.from !== '' && (document.date === null || document.date < filters.from)) return false;
    if (filters.to !== '' && (document.date === null || document.date > filters.to)) return false;
    if (filters.statuses.length > 0 || filters.theme !== '') {
      const facets = document.caseId ? this.caseFacets(document.caseId) : null;
      if (!facets) return false;
      if (filters.statuses.length > 0 && !filters.statuses.includes(facets.status)) return false;
      const theme = normalizeText(filters.theme.trim());
      if (theme !== '' && !facets.themes.some((t) => normalizeText(t) === theme)) return false;
    }
    return true;
  }

  /** The matches the viewer may see, best first, grouped by kind with at most `perKind` each. */
  search(query: string, filters: SearchFilters, viewer: SearchViewer, perKind = 5): SearchGroup[] {
    const { words, phrases } = parseQuery(query);
    if (toTerms(words).length === 0) return [];
    const results = this.index.search(words, { filter: (result) => this.passes(result, filters, viewer) });
    const groups = new Map<SearchKind, SearchGroup>();
    for (const result of results) {
      const document = result as unknown as SearchDocument & SearchResult;
      if (!hasPhrases(`${document.title}\n${document.text}`, phrases)) continue;
      const group = groups.get(document.kind) ?? { kind: document.kind, total: 0, hits: [] };
      groups.set(document.kind, group);
      group.total++;
      if (group.hits.length < perKind) group.hits.push(this.toHit(document, result.score, result.terms));
    }
    return searchKinds.flatMap((kind) => groups.get(kind) ?? []);
  }

  /** The earlier cases most like this one, by technology, themes, values and the words of case, description and advice. */
  similarCases(caseId: string, viewer: SearchViewer, limit = 5): SimilarCase[] {
    const target = this.cases.get(caseId);
    if (!target) return [];
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

  private toHit(document: SearchDocument, score: number, terms: readonly string[]): SearchHit {
    return {
      id: document.id,
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
