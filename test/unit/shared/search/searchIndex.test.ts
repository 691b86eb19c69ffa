import MiniSearch, { type Options } from 'minisearch';
import { describe, expect, it } from 'vitest';
import { adviceDocuments, caseDocument, noteDocument } from '@shared/search/extractDocuments';
import { tokenize } from '@shared/search/normalize';
import type { SearchDocument } from '@shared/search/searchDocument';
import { bm25, maxFuzzy, SearchIndex, termWeights } from '@shared/search/searchIndex';
import { toTerm } from '@shared/search/terms';
import { corpusCases, corpusNotes, corpusVersions } from '../../../fixtures/search/corpus';

const options: Options<SearchDocument> = {
  fields: ['title', 'text'],
  storeFields: ['kind'],
  tokenize,
  processTerm: (term) => toTerm(term) ?? false,
  searchOptions: {
    boost: { title: 2 },
    combineWith: 'AND',
    prefix: (term) => term.length >= 3,
    fuzzy: (term) => (term.length >= 5 ? 0.2 : false),
    weights: termWeights,
    bm25,
    maxFuzzy,
  },
};

const documents = [...corpusCases.map(caseDocument), ...corpusNotes.map(noteDocument), ...corpusVersions.flatMap(adviceDocuments)];

function matches(index: SearchIndex<SearchDocument>, query: string) {
  const prepared = index.prepare(query);
  const found: { id: string; score: number; terms: string[] }[] = [];
  index.forEachMatch(prepared, (shortId, score) => found.push({ id: index.idOf(shortId), score, terms: index.matchedTerms(prepared, shortId) }));
  return found;
}

describe('SearchIndex', () => {
  const index = new SearchIndex<SearchDocument>(options);
  index.addAll(documents);
  const reference = new MiniSearch<SearchDocument>(options);
  reference.addAll(documents);

  it.each(["camera's", 'gezichtsherkening', 'drone privacy', 'inkomensap', 'privacy', 'algoritme beslissing', 'camera camera', 'de het', 'onbekendwoord'])(
    'meets for %s the documents MiniSearch finds, with its scores, in its order',
    (query) => {
      // Before MiniSearch sorts by score: the order in which it met them decides between equal scores.
      const expected: { id: string; score: number; terms: string[] }[] = [];
      reference.search(query, { filter: (result) => (expected.push({ id: result.id as string, score: result.score, terms: result.terms }), false) });
      expect(matches(index, query)).toEqual(expected);
    },
  );

  it('reads back a stored index that scores, orders and stores as the one it was stored from', () => {
    const changed = new SearchIndex<SearchDocument>(options);
    changed.addAll(documents);
    // A document written again gets a new short id: the stored one must name it.
    changed.remove(documents[0]!);
    changed.add(documents[0]!);
    const loaded = SearchIndex.load<SearchDocument>(JSON.parse(JSON.stringify(changed.toStored())), options);
    for (const query of ["camera's", 'privacy', 'drone privacy', 'gezichtsherkening']) expect(matches(loaded, query), query).toEqual(matches(changed, query));
    expect(loaded.getStoredFields(documents[0]!.id)).toEqual(changed.getStoredFields(documents[0]!.id));
    expect(loaded.documentCount).toBe(changed.documentCount);
    const [first] = matches(loaded, 'camera');
    loaded.remove(documents.find((document) => document.id === first!.id)!);
    expect(matches(loaded, 'camera').map((match) => match.id)).not.toContain(first!.id);
  });
});
