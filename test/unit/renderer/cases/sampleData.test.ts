import { describe, expect, it } from 'vitest';
import { createCaseRepository } from '../../../../renderer/cases/caseRepository';
import { loadSampleCases } from '../../../../renderer/cases/sampleData';
import { testDatabase } from '../db/testDatabase';

describe('sample data', () => {
  it('loads ten valid example cases with descriptions in one go', async () => {
    const db = testDatabase();
    const cases = createCaseRepository(db, () => new Date('2026-11-22T09:00:00Z'));
    expect(await loadSampleCases(cases, 'EA-{jjjj}-{nnn}')).toBe(10);
    const all = await cases.list();
    expect(all.map((c) => c.reference).sort()).toEqual(
      Array.from({ length: 10 }, (_, i) => `EA-2026-${String(i + 1).padStart(3, '0')}`),
    );
    expect(new Set(all.map((c) => c.title)).size).toBe(10);
    expect(await db.caseDescriptions.count()).toBe(10);
    expect(all.some((c) => c.classification === 'vertrouwelijk')).toBe(true);
  });
});
