import MiniSearch from 'minisearch';
import { describe, expect, it } from 'vitest';
import { adviceDocuments, caseDocument, noteDocument } from '@shared/search/extractDocuments';
import type { SearchDocument } from '@shared/search/searchDocument';
import { indexOptions } from '@shared/search/searchCatalog';
import { SearchIndex } from '@shared/search/searchIndex';
import { corpusCases, corpusNotes, corpusVersions } from '../../../fixtures/search/corpus';


const documents = [...corpusCases.map(caseDocument), ...corpusNotes.map(noteDocument), ...corpusVersions.flatMap(adviceDocuments)];

function matches(index: SearchIndex<SearchDocument>, query: string) {
  const prepared = index.prepare(query);
  const found: { id: string; score: number; terms: string[] }[] = [];
  index.forEachMatch(prepared, (shortId, score) => found.push({ id: index.idOf(shortId), score, terms: index.matchedTerms(prepared, shortId) }));
  return found;
}

describe('SearchIndex', () => {
  const index = new SearchIndex<SearchDocument>(indexOptions);
  index.addAll(documents);
  const reference = new MiniSearch<SearchDocument>(indexOptions);
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
    const changed = new SearchIndex<SearchDocument>(indexOptions);
    changed.addAll(documents);
    // A document written again gets a new short id: the stored one must name it.
    changed.remove(documents[0]!);
    changed.add(documents[0]!);
    const loaded = SearchIndex.load<SearchDocument>(JSON.parse(JSON.stringify(changed.toStored())), indexOptions);
    for (const query of ["camera's", 'privacy', 'drone privacy', 'gezichtsherkening']) expect(matches(loaded, query), query).toEqual(matches(changed, query));
    expect(loaded.getStoredFields(documents[0]!.id)).toEqual(changed.getStoredFields(documents[0]!.id));
    expect(loaded.documentCount).toBe(changed.documentCount);
    const [first] = matches(loaded, 'camera');
    loaded.remove(documents.find((document) => document.id === first!.id)!);
    expect(matches(loaded, 'camera').map((match) => match.id)).not.toContain(first!.id);
  });

  it('finds the forms of a word a change brought in or took out, after the same word was searched before', () => {
    const changing = new SearchIndex<SearchDocument>(indexOptions);
    changing.addAll(documents);
    const fresh = new MiniSearch<SearchDocument>(indexOptions);
    fresh.addAll(documents);
    const terms = (query: string) => [...new Set(matches(changing, query).flatMap((match) => match.terms))].sort();
    const expected = (query: string) => [...new Set(fresh.search(query).flatMap((result) => result.terms))].sort();
    expect(terms('camera')).toEqual(expected('camera'));
    // A longer form and a typo of it, neither in the corpus before.
    const added = { ...documents[0]!, id: 'note:added', kind: 'note' as const, title: '', text: 'Een cameraopstelling en een camerq.' };
    changing.add(added);
    fresh.add(added);
    expect(terms('camera')).toEqual(expected('camera'));
    expect(terms('camera')).toContain('cameraopstell');
    changing.remove(added);
    fresh.remove(added);
    expect(terms('camera')).toEqual(expected('camera'));
  });
});
