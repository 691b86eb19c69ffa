// @vitest-environment jsdom
import { act } from 'react';
import { describe, expect, it } from 'vitest';
import { noFilters, type SearchGroup } from '@shared/search/searchCatalog';
import type { SearchClient } from '../../../../renderer/search/searchClient';
import { useSearchResults } from '../../../../renderer/search/useSearchResults';
import { deferred, renderHook, type Deferred } from '../persistence/reactHarness';

/** A client whose answers the test gives by hand, one per query asked. */
function handClient() {
  const asked = new Map<string, Deferred<SearchGroup[]>>();
  const client = {
    search: (query: string) => {
      const answer = deferred<SearchGroup[]>();
      asked.set(query, answer);
      return answer.promise;
    },
  } as unknown as SearchClient;
  return { client, answer: (query: string, groups: SearchGroup[]) => act(async () => asked.get(query)!.resolve(groups)) };
}

const group = (total: number): SearchGroup[] => [{ kind: 'note', total, hits: [] }];

describe('useSearchResults', () => {
  it('keeps the last answer while the query grows, and forgets it once the box is emptied', async () => {
    const { client, answer } = handClient();
    const rendered = await renderHook((query: string) => useSearchResults(client, query, noFilters), 'camera' as string);
    await answer('camera', group(3));
    expect(rendered.result.current.answer?.query).toBe('camera');

    await rendered.rerender("camera's");
    expect(rendered.result.current.answer?.query).toBe('camera');

    await rendered.rerender('');
    await rendered.rerender('drone');
    expect(rendered.result.current.answer).toBeNull();
    await answer('drone', group(1));
    expect(rendered.result.current.answer).toEqual({ query: 'drone', groups: group(1) });
  });
});
