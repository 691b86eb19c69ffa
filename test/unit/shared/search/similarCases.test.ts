import { describe, expect, it } from 'vitest';
import { caseDocument, descriptionDocument } from '@shared/search/extractDocuments';
import { SearchCatalog } from '@shared/search/searchCatalog';
import { soloViewer } from '@shared/search/visibility';
import { doc, paragraph } from '@shared/richText/build';
import { corpusCases, corpusIds } from '../../../fixtures/search/corpus';

const newCaseId = '00000000-0000-4000-8000-000000000099';

function catalogWith(newCase: Partial<(typeof corpusCases)[number]>, description: string) {
  const catalog = SearchCatalog.empty();
  const target = { ...corpusCases[0]!, id: newCaseId, reference: 'EA-2026-009', receivedOn: '2026-03-01', ...newCase };
  catalog.replace(
    [],
    [
      ...corpusCases.map(caseDocument),
      caseDocument(target),
      descriptionDocument({ caseId: newCaseId, doc: doc(paragraph(description)), updatedAt: '2026-03-01T10:00:00.000Z' }),
    ],
  );
  return catalog;
}

describe('similar earlier cases', () => {
  it('puts the case with the same technology, themes and words first', () => {
    const catalog = catalogWith(
      { title: 'Bodycams voor handhavers', question: 'Mogen handhavers camera’s op het lichaam dragen?', technology: 'camera', themes: ['veiligheid'], values: ['privacy'] },
      'Beelden van de camera’s worden bewaard.',
    );
    const similar = catalog.similarCases(newCaseId, soloViewer);
    expect(similar[0]).toMatchObject({ caseId: corpusIds.cameraCase, sameTechnology: true, sharedThemes: ['veiligheid'], sharedValues: ['privacy'] });
    expect(similar.map((s) => s.caseId)).not.toContain(newCaseId);
  });

  it('follows the words when technology and themes say nothing', () => {
    const catalog = catalogWith(
      { title: 'Kostenprognose jeugdzorg', question: 'Kan een model de kosten van jeugdzorg voorspellen?', technology: 'anders', themes: [], values: [] },
      'Een lerend model voorspelt kosten.',
    );
    expect(catalog.similarCases(newCaseId, soloViewer)[0]?.caseId).toBe(corpusIds.forecastCase);
  });

  it('offers only earlier cases, at most the number asked', () => {
    const catalog = catalogWith({ receivedOn: '2025-06-01', technology: 'drone', themes: ['veiligheid'], values: ['privacy'] }, 'Drones.');
    const similar = catalog.similarCases(newCaseId, soloViewer, 1);
    expect(similar).toHaveLength(1);
    expect(similar[0]!.caseId).not.toBe(corpusIds.droneCase);
  });
});
