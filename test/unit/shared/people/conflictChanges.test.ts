import { describe, expect, it } from 'vitest';
import type { ConflictDeclaration } from '@shared/people/boardSchema';
import { conflictChanges } from '@shared/people/conflictChanges';

const ANNA = '11111111-1111-4111-8111-111111111111';
const BERT = '22222222-2222-4222-8222-222222222222';

const conflict = (personId: string, overrides: Partial<ConflictDeclaration> = {}): ConflictDeclaration => ({
  personId,
  declaredOn: '2026-02-01',
  description: 'Werkte eerder aan de aanbesteding.',
  measure: 'neemt_niet_deel',
  ...overrides,
});

describe('changes to the declared conflicts of a case', () => {
  it('sees nothing when the declarations stay as they were', () => {
    expect(conflictChanges([conflict(ANNA), conflict(BERT)], [conflict(ANNA), conflict(BERT)])).toEqual([]);
    expect(conflictChanges([], [])).toEqual([]);
  });

  it('tells a declaration added from one taken away', () => {
    expect(conflictChanges([conflict(ANNA)], [conflict(ANNA), conflict(BERT)])).toEqual([{ kind: 'declared', conflict: conflict(BERT) }]);
    expect(conflictChanges([conflict(ANNA), conflict(BERT)], [conflict(BERT)])).toEqual([{ kind: 'withdrawn', conflict: conflict(ANNA) }]);
  });

  it('reads a new text or measure for the same person as a change of that declaration', () => {
    const before = conflict(ANNA);
    const after = conflict(ANNA, { description: 'Is aandeelhouder van de leverancier.', measure: 'neemt_deel_zonder_oordeel' });
    expect(conflictChanges([before, conflict(BERT)], [after, conflict(BERT)])).toEqual([{ kind: 'changed', before, after }]);
  });
});
