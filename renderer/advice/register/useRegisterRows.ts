import { useEffect, useState } from 'react';
import { filterByPeriod, type RegisterRow } from '@shared/advice/register';
import { localToday } from '../../db/clock';
import { useService } from '../../services/services';
import { adviceRegisterQueryKey } from '../adviceRegisterQuery';
import { markRequested } from '../../perf/paintMarks';
import { reportStorageError } from '../../persistence/storageProblems';
import { useSettings } from '../../settings/settingsContext';
import { useRemoteVersion } from '../../sync/useRemoteVersion';

/**
 * Every advice with its case, read once per visit, newest first; null until
 * read. Filtering happens in memory, and sorting once here means a filter
 * change only sorts rows already in order, which takes one pass.
 */
export function useRegisterRows(): RegisterRow[] | null {
  const adviceRegister = useService(adviceRegisterQueryKey);
  const { conclusionTermWeeks } = useSettings().settings;
  const [rows, setRows] = useState<RegisterRow[] | null>(null);
  const remoteVersion = useRemoteVersion('advices', 'cases');
  useEffect(() => {
    let current = true;
    markRequested('adviceregister');
    adviceRegister.rows(localToday(), conclusionTermWeeks).then((read) => {
      if (current) setRows(filterByPeriod(read, {}));
    }, reportStorageError);
    return () => {
      current = false;
    };
  }, [adviceRegister, conclusionTermWeeks, remoteVersion]);
  return rows;
}
