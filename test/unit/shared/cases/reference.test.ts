import { describe, expect, it } from 'vitest';
import { checkReferencePattern, formatReference, isProvisionalReference, provisionalReference, referenceCandidates, sequenceKey } from '@shared/cases/reference';

describe('reference numbers', () => {
  it('formats the default pattern like EA-2026-001', () => {
    expect(formatReference('EA-{jjjj}-{nnn}', 2026, 1)).toBe('EA-2026-001');
    expect(formatReference('EA-{jjjj}-{nnn}', 2026, 42)).toBe('EA-2026-042');
  });

  it('grows past the padding instead of wrapping', () => {
    expect(formatReference('EA-{jjjj}-{nnn}', 2026, 1234)).toBe('EA-2026-1234');
  });

  it('supports a two-digit year and other widths', () => {
    expect(formatReference('ETH/{jj}/{nnnnn}', 2031, 7)).toBe('ETH/31/00007');
  });

  it('counts per year when the pattern shows a year, so numbering restarts on new year', () => {
    expect(sequenceKey('EA-{jjjj}-{nnn}', 2026)).not.toBe(sequenceKey('EA-{jjjj}-{nnn}', 2027));
    expect(sequenceKey('EA-{nnnn}', 2026)).toBe(sequenceKey('EA-{nnnn}', 2027));
  });

  it('rejects patterns that cannot give unique numbers', () => {
    expect(checkReferencePattern('EA-{jjjj}')).toBe('no_sequence');
    expect(checkReferencePattern('{nn}-{nnn}')).toBe('several_sequences');
    expect(checkReferencePattern('EA-{yyyy}-{nnn}')).toBe('unknown_token');
    expect(checkReferencePattern('EA-{nnn')).toBe('no_sequence');
    expect(checkReferencePattern('X'.repeat(41) + '{n}')).toBe('too_long');
    expect(checkReferencePattern('EA-{jjjj}-{nnn}')).toBeNull();
  });

  it('marks a provisional reference as concept with the start of the case id, and refuses a pattern that would read as one', () => {
    const reference = provisionalReference('3f9a1c2b-7d4e-4f00-8a11-0123456789ab');
    expect(reference).toBe('concept-3f9a1c2b');
    expect(isProvisionalReference(reference)).toBe(true);
    expect(isProvisionalReference('EA-2026-001')).toBe(false);
    expect(checkReferencePattern('concept-{nnn}')).toBe('provisional');
  });

  it('offers the numbers after the counter as candidates, in order', () => {
    expect(referenceCandidates('EA-{jjjj}-{nnn}', 2026, 0, 2)).toEqual(['EA-2026-001', 'EA-2026-002']);
    expect(referenceCandidates('EA-{jjjj}-{nnn}', 2026, 10, 1)).toEqual(['EA-2026-011']);
  });
});
