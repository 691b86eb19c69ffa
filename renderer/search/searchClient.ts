import type { SearchFilters, SearchGroup } from '@shared/search/searchCatalog';
import type { SearchSource } from '@shared/search/searchDocument';
import type { SimilarCase } from '@shared/search/similarCases';
import { soloViewer, type SearchViewer } from '@shared/search/visibility';
import { serviceKey } from '../services/serviceKey';
import type { SearchMessage, SearchRequest } from './searchProtocol';
import type { IndexState } from './searchService';

/** The port to the search worker; in tests a stand-in that answers the same messages. */
export interface SearchPort {
  postMessage(request: SearchRequest): void;
  onmessage: ((event: MessageEvent<SearchMessage>) => void) | null;
}

export function startSearchWorker(): SearchPort {
  return new Worker(new URL('./searchWorker.ts', import.meta.url), { type: 'module', name: 'beraad-search' });
}

/** One notice of typing per this many milliseconds is enough: the worker's pause outlasts it. */
const typingNoticeMs = 100;

/**
 * The page's side of search: asks the worker and follows the index's state.
 * Until `connect` (the app's database is open and checked) requests wait here.
 * `viewer` is asked at every request, so a sign-in counts from the next search.
 */
export function createSearchClient(openPort: () => SearchPort, viewer: () => SearchViewer = () => soloViewer) {
  let port: SearchPort | null = null;
  const queued: SearchRequest[] = [];
  const send = (request: SearchRequest) => (port ? port.postMessage(request) : queued.push(request));
  let nextId = 0;
  let typingSent = -Infinity;
  let state: IndexState = { kind: 'starting' };
  const listeners = new Set<(state: IndexState) => void>();
  const waiting = new Map<number, { resolve(value: unknown): void; reject(error: Error): void }>();

  const receive = (event: MessageEvent<SearchMessage>) => {
    const message = event.data;
    switch (message.type) {
      case 'state':
        state = message.state;
        listeners.forEach((listener) => listener(state));
        return;
      case 'results':
        waiting.get(message.id)?.resolve(message.groups);
        waiting.delete(message.id);
        return;
      case 'similar':
        waiting.get(message.id)?.resolve(message.cases);
        waiting.delete(message.id);
        return;
      case 'failed':
        if (message.id === null) console.error(message.message);
        else waiting.get(message.id)?.reject(new Error(message.message));
        if (message.id !== null) waiting.delete(message.id);
        return;
    }
  };

  // The newest search while its answer is out: the same question asked again meanwhile shares it.
  let pending: { key: string; answer: Promise<SearchGroup[]> } | null = null;

  const ask = <T,>(request: (id: number) => SearchRequest): Promise<T> =>
    new Promise<T>((resolve, reject) => {
      const id = ++nextId;
      waiting.set(id, { resolve: resolve as (value: unknown) => void, reject });
      send(request(id));
    });

  return {
    /** Starts the worker; only the window that writes stores the index, so a read-only window never overwrites it. */
    connect(persist: boolean): void {
      if (port) return;
      port = openPort();
      port.onmessage = receive;
      port.postMessage({ type: 'start', persist });
      queued.splice(0).forEach((request) => port!.postMessage(request));
    },
    /** The same query, filters and viewer asked again before the answer came share one search. */
    search(query: string, filters: SearchFilters): Promise<SearchGroup[]> {
      const question = { query, filters, viewer: viewer() };
      const key = JSON.stringify(question);
      if (pending?.key === key) return pending.answer;
      const answer = ask<SearchGroup[]>((id) => ({ type: 'search', id, ...question }));
      const settled = () => {
        if (pending?.answer === answer) pending = null;
      };
      answer.then(settled, settled);
      pending = { key, answer };
      return answer;
    },
    similarCases(caseId: string, limit = 5): Promise<SimilarCase[]> {
      return ask((id) => ({ type: 'similar', id, caseId, limit, viewer: viewer() }));
    },
    changed(sources: (SearchSource | 'all')[]): void {
      send({ type: 'changed', sources });
    },
    rebuild(): void {
      send({ type: 'rebuild' });
    },
    cancel(): void {
      send({ type: 'cancel' });
    },
    /** A key was pressed on the page: a build under way holds still until the typing pauses. */
    typing(): void {
      if (state.kind !== 'building' || performance.now() - typingSent < typingNoticeMs) return;
      typingSent = performance.now();
      send({ type: 'typing' });
    },
    flush(): void {
      send({ type: 'flush' });
    },
    get state(): IndexState {
      return state;
    },
    onState(listener: (state: IndexState) => void): () => void {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}

export type SearchClient = ReturnType<typeof createSearchClient>;
export const searchClientKey = serviceKey<SearchClient>('search');
