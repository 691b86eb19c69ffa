import { useEffect, useState } from 'react';
import type { SearchFilters, SearchGroup } from '@shared/search/searchCatalog';
import type { SearchClient } from './searchClient';

/** Short enough to feel immediate, long enough not to search for every letter of a fast typist. */
const quietMs = 60;

/** The results for the newest query and filters; an answer to an older question is dropped. */
export function useSearchResults(client: SearchClient, query: string, filters: SearchFilters) {
  const [answer, setAnswer] = useState<{ query: string; groups: SearchGroup[] } | null>(null);
  const [failed, setFailed] = useState(false);
  useEffect(() => {
    let current = true;
    if (query.trim() === '') return;
    const timer = setTimeout(() => {
      client
        .search(query, filters)
        .then((groups) => {
          if (!current) return;
          setFailed(false);
          setAnswer({ query, groups });
        })
        .catch((error: unknown) => {
          console.error(error);
          if (current) setFailed(true);
        });
    }, quietMs);
    return () => {
      current = false;
      clearTimeout(timer);
    };
  }, [client, query, filters]);
  // An emptied box shows nothing, without waiting for an answer.
  return { answer: query.trim() === '' ? null : answer, failed };
}
