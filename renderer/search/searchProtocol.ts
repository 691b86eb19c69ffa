import type { SearchFilters, SearchGroup } from '@shared/search/searchCatalog';
import type { SearchSource } from '@shared/search/searchDocument';
import type { SimilarCase } from '@shared/search/similarCases';
import type { SearchViewer } from '@shared/search/visibility';
import type { IndexState } from './searchService';

/** What the page asks the search worker. */
export type SearchRequest =
  | { type: 'start'; persist: boolean }
  | { type: 'changed'; sources: (SearchSource | 'all')[] }
  | { type: 'rebuild' }
  | { type: 'cancel' }
  | { type: 'typing' }
  | { type: 'flush' }
  | { type: 'search'; id: number; query: string; filters: SearchFilters; viewer: SearchViewer }
  | { type: 'similar'; id: number; caseId: string; limit: number; viewer: SearchViewer };

/** What the worker tells the page. */
export type SearchMessage =
  | { type: 'state'; state: IndexState }
  | { type: 'results'; id: number; groups: SearchGroup[] }
  | { type: 'similar'; id: number; cases: SimilarCase[] }
  | { type: 'failed'; id: number | null; message: string };
