import { describe, expect, it } from 'vitest';
import { checkAddPrecedent, publicPrecedent, withoutPrecedent, withPrecedent } from '@shared/advice/precedents';
import { adviceVersion } from '../../../fixtures/advice';

const earlier = { caseId: '00000000-0000-4000-8000-000000000777', reference: 'EA-2025-004', title: 'Camera’s in het winkelcentrum', adviceIssuedOn: '2025-06-12' };

describe('precedents', () => {
  const draft = adviceVersion({ status: 'draft', number: 2 });

  it.each([
    ['an earlier case, into the newest draft', draft, 2, earlier.caseId, { ok: true }],
    ['the case itself', draft, 2, draft.caseId, { ok: false, reasons: ['own_case'] }],
    ['a case referred to already', withPrecedent(draft, earlier), 2, earlier.caseId, { ok: false, reasons: ['precedent_linked'] }],
    ['into an issued version', { ...draft, status: 'issued' as const }, 2, earlier.caseId, { ok: false, reasons: ['frozen'] }],
    ['into a version under review', { ...draft, status: 'review' as const }, 2, earlier.caseId, { ok: false, reasons: ['frozen'] }],
    ['into an older version', draft, 3, earlier.caseId, { ok: false, reasons: ['not_latest'] }],
  ])('adds %s: %j', (_what, version, latestNumber, caseId, expected) => {
    expect(checkAddPrecedent(version, latestNumber, caseId)).toEqual(expected);
  });

  it('adds to a version stored before references existed, and takes one out again', () => {
    const { precedents: _none, ...old } = draft;
    const added = withPrecedent(old, earlier);
    expect(added.precedents).toEqual([earlier]);
    expect(withoutPrecedent(added, earlier.caseId).precedents).toEqual([]);
  });

  it('names a case in public by its title and date only when its advice was published', () => {
    expect(publicPrecedent(earlier, true)).toEqual({ reference: 'EA-2025-004', title: 'Camera’s in het winkelcentrum', adviceIssuedOn: '2025-06-12' });
    expect(publicPrecedent(earlier, false)).toEqual({ reference: 'EA-2025-004', title: null, adviceIssuedOn: null });
  });
});
