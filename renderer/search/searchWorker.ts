/// <reference lib="webworker" />
import Dexie from 'dexie';
import { databaseName } from '../db/database';
import type { SearchMessage, SearchRequest } from './searchProtocol';
import { createSearchService, type SearchService } from './searchService';
import { openSnapshotStore } from './snapshotStore';
import { createSourceReader } from './sourceReader';

/*
 * The search index lives here, off the page's thread: building, updating and
 * searching never hold up typing. The app's database is opened without a
 * schema (read only by use); a newer app version that upgrades it closes this
 * connection, as Dexie does on a version change.
 */
const scope = self as unknown as DedicatedWorkerGlobalScope;
const post = (message: SearchMessage) => scope.postMessage(message);

let service: SearchService | null = null;

const failed = (id: number | null) => (error: unknown) => post({ type: 'failed', id, message: String(error) });

scope.onmessage = (event: MessageEvent<SearchRequest>) => {
  const request = event.data;
  if (request.type === 'start') {
    service = createSearchService({
      reader: createSourceReader(new Dexie(databaseName)),
      store: openSnapshotStore(),
      persist: request.persist,
      onState: (state) => post({ type: 'state', state }),
    });
    return void service.start().catch(failed(null));
  }
  // The page sends 'start' before anything else.
  if (!service) return;
  switch (request.type) {
    case 'changed':
      return void service.changed(request.sources).catch(failed(null));
    case 'rebuild':
      return void service.rebuild().catch(failed(null));
    case 'cancel':
      return service.cancel();
    case 'typing':
      return service.typing();
    case 'flush':
      return void service.flush().catch(failed(null));
    case 'search':
      try {
        return post({ type: 'results', id: request.id, groups: service.search(request.query, request.filters, request.viewer) });
      } catch (error) {
        return failed(request.id)(error);
      }
    case 'similar':
      try {
        return post({ type: 'similar', id: request.id, cases: service.catalog.similarCases(request.caseId, request.viewer, request.limit) });
      } catch (error) {
        return failed(request.id)(error);
      }
  }
};
