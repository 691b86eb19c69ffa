// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import type { SearchGroup, SearchHit } from '@shared/search/searchCatalog';
import type { SearchKind } from '@shared/search/searchDocument';
import { firstOf, firstScreenful, useFirstScreenful } from '../../../../renderer/search/useFirstScreenful';
import { renderHook, urlWritten } from '../persistence/reactHarness';

const hit = (id: string) => ({ id }) as SearchHit;
const group = (kind: SearchKind, count: number): SearchGroup => ({
  kind,
  total: count * 10,
  hits: Array.from({ length: count }, (_, at) => hit(`${kind}-${at}`)),
});
const ids = (groups: SearchGroup[] | undefined) => groups?.map((each) => [each.kind, each.total, each.hits.map((one) => one.id)]);

describe('firstOf', () => {
  it('cuts after the count across groups, keeping each group’s total', () => {
    expect(ids(firstOf([group('case', 2), group('note', 5), group('advice', 5)], 4))).toEqual([
      ['case', 20, ['case-0', 'case-1']],
      ['note', 50, ['note-0', 'note-1']],
    ]);
  });

  it('gives the same groups when they hold no more', () => {
    const groups = [group('case', 2), group('note', 2)];
    expect(firstOf(groups, 4)).toBe(groups);
  });
});

describe('useFirstScreenful', () => {
  it('draws the first screenful at once and every result after that paint', async () => {
    const groups = [group('case', 5), group('note', 5), group('advice', 5)];
    const rendered = await renderHook(useFirstScreenful, groups);
    expect(rendered.result.current!.flatMap((each) => each.hits)).toHaveLength(firstScreenful);

    await urlWritten();
    expect(rendered.result.current).toBe(groups);
  });

  it('starts a newer answer again from its first screenful', async () => {
    const older = [group('case', 5), group('note', 5), group('advice', 5)];
    const newer = [group('meeting', 5), group('action', 5), group('person', 5)];
    const rendered = await renderHook(useFirstScreenful, older);
    await urlWritten();
    await rendered.rerender(newer);
    expect(ids(rendered.result.current)?.map(([kind]) => kind)).toEqual(['meeting', 'action', 'person']);
    expect(rendered.result.current!.flatMap((each) => each.hits)).toHaveLength(firstScreenful);
    await urlWritten();
    expect(rendered.result.current).toBe(newer);
  });
});
