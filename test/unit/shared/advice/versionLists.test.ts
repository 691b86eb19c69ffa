import { describe, expect, it } from 'vitest';
import type { VersionSummary } from '@shared/advice/adviceSchema';
import { appendVersions } from '@shared/advice/versionLists';

const version = (id: string, number: number, status: VersionSummary['status'] = 'draft'): VersionSummary => ({
  id,
  number,
  status,
  reason: '',
  createdAt: '2026-06-01T09:00:00.000Z',
  issuedAt: status === 'issued' ? '2026-06-02T09:00:00.000Z' : null,
});

describe('appendVersions', () => {
  it('leaves the kept numbers alone and numbers the other machine’s versions on, in their own order', () => {
    const kept = [version('a1', 1, 'issued'), version('a2', 2)];
    const merged = appendVersions(kept, [version('b2', 2), version('b1', 1)]);
    expect(merged.map(({ id, number }) => [id, number])).toEqual([
      ['a1', 1],
      ['a2', 2],
      ['b1', 3],
      ['b2', 4],
    ]);
  });

  it('takes a version both lists hold once', () => {
    const kept = [version('a1', 1)];
    expect(appendVersions(kept, [version('a1', 1)])).toEqual(kept);
  });
});
