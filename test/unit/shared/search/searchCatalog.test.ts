import { describe, expect, it } from 'vitest';
import { adviceDocuments, caseDocument, noteDocument } from '@shared/search/extractDocuments';
import { noFilters, SearchCatalog } from '@shared/search/searchCatalog';
import { boardViewer, soloViewer } from '@shared/search/visibility';
import { corpusCases, corpusIds, corpusNotes, corpusVersions } from '../../../fixtures/search/corpus';

function corpusCatalog(): SearchCatalog {
  const catalog = SearchCatalog.empty();
  catalog.replace([], [...corpusCases.map(caseDocument), ...corpusNotes.map(noteDocument), ...corpusVersions.flatMap(adviceDocuments)]);
  return catalog;
}

const top = (catalog: SearchCatalog, query: string, filters = noFilters) => {
  const hits = catalog.search(query, filters, soloViewer).flatMap((group) => group.hits);
  return hits.length === 0 ? null : hits.reduce((best, hit) => (hit.score > best.score ? hit : best)).id;
};

describe('SearchCatalog', () => {
  const catalog = corpusCatalog();

  it.each([
    ["camera's", `case:${corpusIds.cameraCase}`],
    ['gezichtsherkenning', `note:${corpusIds.cameraNote}`],
    ['beslissingen', `note:${corpusIds.incomeNote}`],
    ['algoritme', `advice:${corpusIds.forecastVersion}`],
    ['drone privacy', `case:${corpusIds.droneCase}`],
    ['inkomensap', `case:${corpusIds.incomeCase}`],
    ['gezichtsherkening', `note:${corpusIds.cameraNote}`],
    ['ondoorzichtig', `advice:${corpusIds.forecastVersion}:vertrouwelijk`],
  ])('finds %s first as %s', (query, expected) => {
    expect(top(catalog, query)).toBe(expected);
  });

  it('ranks the case whose title matches above a note that mentions the word', () => {
    const groups = catalog.search('drones', noFilters, soloViewer);
    expect(groups.map((group) => group.kind)).toEqual(['case', 'note']);
    expect(groups[0]!.hits[0]!.id).toBe(`case:${corpusIds.droneCase}`);
  });

  it('keeps only documents with the quoted phrase', () => {
    expect(catalog.search('"beelden van de camera’s"', noFilters, soloViewer).flatMap((g) => g.hits.map((h) => h.id))).toEqual([
      `note:${corpusIds.cameraNote}`,
    ]);
    expect(catalog.search('"camera’s van de beelden"', noFilters, soloViewer)).toEqual([]);
  });

  it('filters on kind, status and theme of the case, and period', () => {
    const ids = (filters: Partial<typeof noFilters>) =>
      catalog.search('privacy', { ...noFilters, ...filters }, soloViewer).flatMap((g) => g.hits.map((h) => h.id));
    expect(ids({ kinds: ['note'] })).toEqual([`note:${corpusIds.droneNote}`]);
    expect(ids({ theme: 'Armoede' })).toEqual([`case:${corpusIds.incomeCase}`]);
    expect(ids({ statuses: ['afgesloten'] })).toEqual([]);
    expect(ids({ from: '2025-09-01', to: '2025-12-31' }).sort()).toEqual([`case:${corpusIds.droneCase}`, `note:${corpusIds.droneNote}`].sort());
  });

  it('filters the notes of a case by the status the case has now, also after the same search ran before the change', () => {
    const changing = corpusCatalog();
    const intake = { ...noFilters, statuses: ['intake' as const], kinds: ['note' as const] };
    expect(changing.search('privacy', intake, soloViewer).flatMap((g) => g.hits.map((h) => h.id))).toEqual([`note:${corpusIds.droneNote}`]);
    const drone = corpusCases.find((c) => c.id === corpusIds.droneCase)!;
    changing.replace([`case:${drone.id}`], [caseDocument({ ...drone, status: 'afgesloten' })]);
    expect(changing.search('privacy', intake, soloViewer)).toEqual([]);
    expect(changing.search('privacy', { ...intake, statuses: ['afgesloten'] }, soloViewer).flatMap((g) => g.hits.map((h) => h.id))).toEqual([
      `note:${corpusIds.droneNote}`,
    ]);
  });

  it('marks the matching words in the passage it shows', () => {
    const hit = catalog.search('beslissing', { ...noFilters, kinds: ['note'] }, soloViewer)[0]!.hits[0]!;
    const marked = hit.snippet.marks.map((mark) => hit.snippet.text.slice(mark.start, mark.end));
    expect(marked).toEqual(['beslissen', 'beslissing']);
    expect(hit.caseTitle).toBe('EA-2025-002 · Inkomensapp voor minima');
  });

  it('finds nothing for stop words alone', () => {
    expect(catalog.search('de het een', noFilters, soloViewer)).toEqual([]);
  });

  describe('in board mode', () => {
    const guest = boardViewer({ role: 'gast', active: true, caseIds: [corpusIds.droneCase] });
    const member = boardViewer({ role: 'lid', active: true, caseIds: [] });
    const found = (query: string, viewer: typeof guest) =>
      catalog.search(query, noFilters, viewer).map((group) => ({ kind: group.kind, total: group.total, ids: group.hits.map((hit) => hit.id) }));

    it('shows and counts for a guest only the case they were invited to', () => {
      expect(found('privacy', guest)).toEqual([
        { kind: 'case', total: 1, ids: [`case:${corpusIds.droneCase}`] },
        { kind: 'note', total: 1, ids: [`note:${corpusIds.droneNote}`] },
      ]);
      expect(found('privacy', member).find((group) => group.kind === 'case')?.total).toBe(3);
    });

    it('finds a confidential section for a member, never for a guest invited to its case', () => {
      const invited = boardViewer({ role: 'gast', active: true, caseIds: [corpusIds.forecastCase] });
      expect(found('ondoorzichtig', member)).toEqual([{ kind: 'advice', total: 1, ids: [`advice:${corpusIds.forecastVersion}:vertrouwelijk`] }]);
      expect(found('ondoorzichtig', invited)).toEqual([]);
      expect(found('profilering', invited)).toEqual([{ kind: 'advice', total: 1, ids: [`advice:${corpusIds.forecastVersion}`] }]);
    });

    it('offers a guest no precedents from cases they were not invited to, and none for a case they may not see', () => {
      const forecastGuest = boardViewer({ role: 'gast', active: true, caseIds: [corpusIds.forecastCase, corpusIds.cameraCase] });
      expect(catalog.similarCases(corpusIds.forecastCase, forecastGuest).map((similar) => similar.caseId)).toEqual([corpusIds.cameraCase]);
      expect(catalog.similarCases(corpusIds.forecastCase, member).length).toBeGreaterThan(1);
      expect(catalog.similarCases(corpusIds.forecastCase, guest)).toEqual([]);
    });

    it('narrows by theme only among the cases the viewer may see', () => {
      expect(catalog.search('privacy', { ...noFilters, theme: 'armoede' }, guest)).toEqual([]);
    });
  });
});
