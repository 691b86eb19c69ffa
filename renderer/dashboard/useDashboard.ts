import { useEffect, useState } from 'react';
import { readActionOverview } from '../actions/actionOverviewQuery';
import { useOverviewSources } from '../actions/useOverviewSources';
import { localToday } from '../db/clock';
import { attentionLists, type AttentionLists } from '../advice/register/attention';
import { useService } from '../services/services';
import { adviceRegisterQueryKey } from '../advice/adviceRegisterQuery';
import { reportStorageError } from '../persistence/storageProblems';
import { useSettings } from '../settings/settingsContext';
import { useRemoteVersion } from '../sync/useRemoteVersion';

export interface Dashboard extends AttentionLists {
  overdueActions: number;
}

/** What needs doing across all cases, read once per visit; null until read. */
export function useDashboard(): Dashboard | null {
  const adviceRegister = useService(adviceRegisterQueryKey);
  const overviewSources = useOverviewSources();
  const { conclusionTermWeeks } = useSettings().settings;
  const [dashboard, setDashboard] = useState<Dashboard | null>(null);
  const remoteVersion = useRemoteVersion('cases', 'advices', 'actions', 'meetings');
  useEffect(() => {
    let current = true;
    // No case summaries are needed for a count, so none are read with the actions.
    Promise.all([adviceRegister.rows(localToday(), conclusionTermWeeks), readActionOverview(overviewSources, 0)]).then(
      ([rows, actions]) => {
        if (current) setDashboard({ ...attentionLists(rows), overdueActions: actions.rows.filter((row) => row.overdue).length });
      },
      reportStorageError,
    );
    return () => {
      current = false;
    };
  }, [adviceRegister, overviewSources, conclusionTermWeeks, remoteVersion]);
  return dashboard;
}
