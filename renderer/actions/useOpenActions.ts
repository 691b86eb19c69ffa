import { useEffect, useState } from 'react';
import { actionRepositoryKey } from '../meetings/actionRepositoryKey';
import { useService } from '../services/services';
import { afterNextPaint, markRequested } from '../perf/paintMarks';
import { reportStorageError } from '../persistence/storageProblems';
import { readActionOverview, type ActionOverview } from './actionOverviewQuery';
import { useOverviewSources } from './useOverviewSources';
import { useRemoteVersion } from '../sync/useRemoteVersion';

/** Rows that fill a tall screen, as in the case list. */
const firstScreenful = 40;

export interface OpenActions {
  /** Null until read. */
  overview: ActionOverview | null;
  /** Resolves true once the action is stored as done and has left the list; false when storing failed (reported). */
  markDone(id: string): Promise<boolean>;
}

export function useOpenActions(): OpenActions {
  const services = useOverviewSources();
  const actions = useService(actionRepositoryKey);
  const [overview, setOverview] = useState<ActionOverview | null>(null);
  const remoteVersion = useRemoteVersion('actions', 'cases');
  useEffect(() => {
    let current = true;
    markRequested('actions');
    // The first screenful is painted before all open actions are read, as in the case list.
    readActionOverview(services, firstScreenful, firstScreenful)
      .then(async (first) => {
        if (!current) return;
        setOverview(first);
        await afterNextPaint();
        const all = await readActionOverview(services, firstScreenful);
        if (current) setOverview(all);
      })
      .catch(reportStorageError);
    return () => {
      current = false;
    };
  }, [services, remoteVersion]);

  const markDone = async (id: string) => {
    try {
      await actions.setDone(id, true);
    } catch (error) {
      reportStorageError(error);
      return false;
    }
    setOverview((previous) => previous && { ...previous, rows: previous.rows.filter((row) => row.id !== id) });
    return true;
  };
  return { overview, markDone };
}
