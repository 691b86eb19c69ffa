import { describe, expect, it } from 'vitest';
import type { Precedent } from '@shared/advice/adviceSchema';
import { createExportQuery } from '../../../../renderer/export/exportQuery';
import { advice, adviceVersion, caseRecord } from '../../../fixtures/export/adviceSource';
import { testDatabase } from '../db/testDatabase';

const id = (n: number) => `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`;
const naming = { organisationName: 'Ethisch adviesorgaan', publicNaming: 'role' as const };
const unpublished = advice().publication;

describe('export query: an advice’s references to earlier cases', () => {
  it('counts as published only an earlier case whose advice was published and that is not confidential', async () => {
    const db = testDatabase();
    const earlier = [
      { caseId: id(101), published: true, classification: 'openbaar' as const },
      { caseId: id(102), published: false, classification: 'openbaar' as const },
      { caseId: id(103), published: true, classification: 'vertrouwelijk' as const },
      { caseId: id(104), published: false, classification: 'openbaar' as const, noAdvice: true },
    ];
    const precedents: Precedent[] = earlier.map((e, i) => ({ caseId: e.caseId, reference: `EA-2025-10${i}`, title: `Casus ${i}`, adviceIssuedOn: null }));
    await db.cases.bulkPut([
      caseRecord(),
      ...earlier.map((e, i) => caseRecord({ id: e.caseId, reference: `EA-2025-10${i}`, classification: e.classification })),
    ]);
    await db.advices.bulkPut([
      advice(),
      ...earlier
        .filter((e) => !e.noAdvice)
        .map((e) => advice({ caseId: e.caseId, publication: { ...unpublished, publishedOn: e.published ? '2025-08-01' : null } })),
    ]);
    await db.adviceVersions.bulkPut([adviceVersion({ id: id(2), precedents }), adviceVersion({ id: id(3), number: 1, status: 'approved', issuedAt: null })]);

    const source = await createExportQuery(db).adviceSource(caseRecord().id, naming);
    expect(source?.publishedPrecedents).toEqual([id(101)]);
  });
});
