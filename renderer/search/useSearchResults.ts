import { useEffect, useState } from 'react';
import { flushSync } from 'react-dom';
import type { SearchFilters, SearchGroup } from '@shared/search/searchCatalog';
import type { SearchClient } from './searchClient';

/**
 * The results for the newest query and filters; an answer to an older
 * question is dropped. Every keystroke asks at once: the worker answers in
 * milliseconds, and a pause before asking would be felt on every search.
 */
export function useSearchResults(client: SearchClient, query: string, filters: SearchFilters) {
  const [answer, setAnswer] = useState<{ query: string; groups: SearchGroup[] } | null>(null);
  const [failed, setFailed] = useState(false);
  /*
   * An emptied box forgets the last answer: the next query then waits for its
   * own instead of first drawing the old list again (every result mounted,
   * laid out and painted once more), which the page's thread paid for.
   */
  if (query.trim() === '' && answer !== null) setAnswer(null);
  useEffect(() => {
    let current = true;
    if (query.trim() === '') return;
    client
      .search(query, filters)
      .then((groups) => {
        if (!current) return;
        /*
         * Drawn in the task that brought the answer: left to React's next
         * pass it waited behind the frame that shows the typed letter, and so
         * reached the screen a frame later.
         */
        flushSync(() => {
          setFailed(false);
          setAnswer({ query, groups });
        });
      })
      .catch((error: unknown) => {
        console.error(error);
        if (current) setFailed(true);
      });
    return () => {
      current = false;
    };
  }, [client, query, filters]);
  return { answer, failed };
}
