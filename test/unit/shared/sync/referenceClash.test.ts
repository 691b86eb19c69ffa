import { describe, expect, it } from 'vitest';
import { keepsReference, markedReference } from '@shared/sync/referenceClash';

describe('two cases with one reference', () => {
  const first = { id: 'bbbb-1', reference: 'EA-2026-001', createdAt: '2026-06-01T10:00:00.000Z' };
  const later = { id: 'aaaa-2', reference: 'EA-2026-001', createdAt: '2026-06-01T11:00:00.000Z' };

  it('lets the case registered first keep the number, whichever machine asks', () => {
    expect(keepsReference(first, later)).toBe(true);
    expect(keepsReference(later, first)).toBe(false);
  });

  it('decides a tie by id, so both machines still agree', () => {
    const twin = { ...first, id: 'aaaa-3' };
    expect(keepsReference(twin, first)).toBe(true);
    expect(keepsReference(first, twin)).toBe(false);
  });

  it('marks the other with its own id, so no two cases show one number', () => {
    expect(markedReference(later)).toBe('EA-2026-001~aaaa');
  });
});
