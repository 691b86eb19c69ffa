import { useEffect, useState, type Dispatch, type SetStateAction } from 'react';
import { createSearchParams, useLocation, useNavigationType, useSearchParams } from 'react-router';
import { afterNextPaint } from '../perf/paintMarks';

/**
 * View state mirrored in the URL's query, so coming back to a page (Back, or from a case) shows it as
 * it was left. The state itself is local and the URL follows it: the router applies a URL change in a
 * transition, a moment after the event, so a value read from the URL would lag behind the control that
 * set it, and a second change made in between would merge into the old value and undo the first.
 *
 * `read` must accept any query (a hand-edited URL too); `read` and `write` should be module-level
 * functions. Only the query is written, by replacing the history entry, so Back leaves the page
 * instead of stepping through every filter.
 */
export function useUrlState<T>(
  read: (params: URLSearchParams) => T,
  write: (value: T) => Record<string, string>,
): [T, Dispatch<SetStateAction<T>>] {
  const [params, setParams] = useSearchParams();
  const location = useLocation();
  const navigationType = useNavigationType();
  const [state, setState] = useState(() => ({ value: read(params), entry: location.key }));

  // A link or Back/Forward brought a query of its own while the page stayed open: that query wins.
  // The hook's own writes are replacements, and those only catch the URL up with the state.
  if (navigationType !== 'REPLACE' && location.key !== state.entry) {
    setState({ value: read(params), entry: location.key });
  }

  const search = params.toString();
  const wanted = createSearchParams(write(state.value)).toString();
  useEffect(() => {
    if (wanted === search) return;
    // After the paint: the router renders the page again for the new URL, which what the control changed need not wait for.
    let current = true;
    void afterNextPaint().then(() => current && setParams(wanted, { replace: true }));
    return () => {
      current = false;
    };
  }, [wanted, search, setParams]);

  const update: Dispatch<SetStateAction<T>> = (change) =>
    setState((current) => ({
      ...current,
      value: typeof change === 'function' ? (change as (value: T) => T)(current.value) : change,
    }));
  return [state.value, update];
}
