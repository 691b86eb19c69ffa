import { useEffect, useState } from 'react';
import { readActionOverview } from '../actions/actionOverviewQuery';
import { localToday } from '../db/clock';
import { attentionLists, type AttentionLists } from '../advice/register/attention';
import { useServices } from '../app/services';
import { reportStorageError } from '../persistence/storageProblems';
import { useSettings } from '../settings/settingsContext';

export interface Dashboard extends AttentionLists {
  overdueActions: number;
}

/** What needs doing across all cases, read once per visit; null until read. */
export function useDashboard(): Dashboard | null {
  const services = useServices();
  const { conclusionTermWeeks } = useSettings().settings;
  const [dashboard, setDashboard] = useState<Dashboard | null>(null);
  useEffect(() => {
    let current = true;
    // No case summaries are needed for a count, so none are read with the actions.
    Promise.all([services.adviceRegister.rows(localToday(), conclusionTermWeeks), readActionOverview(services, 0)]).then(
      ([rows, actions]) => {
        if (current) setDashboard({ ...attentionLists(rows), overdueActions: actions.rows.filter((row) => row.overdue).length });
      },
      reportStorageError,
    );
    return () => {
      current = false;
    };
  }, [services, conclusionTermWeeks]);
  return dashboard;
}
