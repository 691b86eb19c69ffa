import { useEffect, useRef, useState } from 'react';
import { reportStorageError } from '../persistence/storageProblems';
import { readCaseSummaries, type CaseSummaries } from './actionOverviewQuery';
import { useOverviewSources } from './useOverviewSources';
import { useRemoteVersion } from '../sync/useRemoteVersion';

/**
 * The cases of the rows on screen, starting from those already read; each
 * case is read once and kept, so scrolling reads only what comes into view.
 */
export function useCaseSummaries(ids: readonly string[], initial: CaseSummaries): CaseSummaries {
  const services = useOverviewSources();
  const [known, setKnown] = useState(initial);
  const requested = useRef(new Set(initial.keys()));
  // A string, so a re-render with the same rows in view does not start the effect again.
  const wanted = ids.join(' ');
  const remoteVersion = useRemoteVersion('cases');
  useEffect(() => {
    const missing = [...new Set(wanted.split(' '))].filter((id) => id !== '' && !requested.current.has(id));
    if (missing.length === 0) return;
    missing.forEach((id) => requested.current.add(id));
    readCaseSummaries(services, missing).then(
      (found) => setKnown((previous) => new Map([...previous, ...found])),
      reportStorageError,
    );
  }, [services, wanted, remoteVersion]);
  return known;
}
