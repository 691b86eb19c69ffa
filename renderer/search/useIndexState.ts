import { useSyncExternalStore } from 'react';
import type { SearchClient } from './searchClient';
import type { IndexState } from './searchService';

export function useIndexState(client: SearchClient): IndexState {
  return useSyncExternalStore(client.onState, () => client.state);
}
