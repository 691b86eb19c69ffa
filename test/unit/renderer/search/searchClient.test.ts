import { describe, expect, it } from 'vitest';
import { noFilters, type SearchGroup } from '@shared/search/searchCatalog';
import { createSearchClient, type SearchPort } from '../../../../renderer/search/searchClient';
import type { SearchMessage, SearchRequest } from '../../../../renderer/search/searchProtocol';
import type { IndexState } from '../../../../renderer/search/searchService';

/** A worker that answers only when the test says so. */
function handPort() {
  const asked: SearchRequest[] = [];
  const port: SearchPort = { postMessage: (request) => asked.push(request), onmessage: null };
  const answer = (id: number, groups: SearchGroup[]) => port.onmessage!({ data: { type: 'results', id, groups } satisfies SearchMessage } as MessageEvent<SearchMessage>);
  const searches = () => asked.filter((request) => request.type === 'search');
  const state = (state: IndexState) => port.onmessage!({ data: { type: 'state', state } satisfies SearchMessage } as MessageEvent<SearchMessage>);
  const notices = () => asked.filter((request) => request.type === 'typing').length;
  return { port, answer, searches, state, notices };
}

const groups: SearchGroup[] = [{ kind: 'note', total: 1, hits: [] }];

describe('createSearchClient', () => {
  it('asks the worker once for the same search asked twice before its answer, and again after it', async () => {
    const worker = handPort();
    const client = createSearchClient(() => worker.port);
    client.connect(false);
    const first = client.search('camera', noFilters);
    const again = client.search('camera', noFilters);
    const other = client.search('camera', { ...noFilters, theme: 'wonen' });
    expect(worker.searches()).toHaveLength(2);
    const [camera, withTheme] = worker.searches() as Extract<SearchRequest, { type: 'search' }>[];
    worker.answer(camera!.id, groups);
    worker.answer(withTheme!.id, []);
    await expect(first).resolves.toEqual(groups);
    await expect(again).resolves.toEqual(groups);
    await expect(other).resolves.toEqual([]);

    void client.search('camera', noFilters);
    expect(worker.searches()).toHaveLength(3);
  });

  it('tells a building worker that someone types, once per tenth of a second, and a ready one nothing', async () => {
    const worker = handPort();
    const client = createSearchClient(() => worker.port);
    client.connect(false);
    worker.state({ kind: 'ready', documents: 9 });
    client.typing();
    expect(worker.notices()).toBe(0);

    worker.state({ kind: 'building', done: 0, total: 9 });
    client.typing();
    client.typing();
    expect(worker.notices()).toBe(1);
    await new Promise((resolve) => setTimeout(resolve, 120));
    client.typing();
    expect(worker.notices()).toBe(2);
  });
});
