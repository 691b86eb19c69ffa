import { useEffect, useState } from 'react';
import { filterByPeriod, type RegisterRow } from '@shared/advice/register';
import { localToday } from '../../db/clock';
import { useService } from '../../services/services';
import { adviceRegisterQueryKey } from '../adviceRegisterQuery';
import { afterNextPaint, markRequested } from '../../perf/paintMarks';
import { reportStorageError } from '../../persistence/storageProblems';
import { useSettings } from '../../settings/settingsContext';
import { useRemoteVersion } from '../../sync/useRemoteVersion';

/** Enough rows to fill a tall screen while the whole register loads behind it. */
const firstScreenful = 40;

export interface RegisterRows {
  /** The newest rows first, then every row; null until anything has been read. */
  rows: RegisterRow[] | null;
  /** True once `rows` holds every advice, so counts and filters over them are truthful. */
  complete: boolean;
}

/**
 * Every advice with its case, read once per visit, newest first. Reading the
 * case of each of thousands of advices takes a while, so the newest screenful
 * is read and painted first, as the case list does; the rest follows. Sorting
 * once here means a filter change only sorts rows already in order, which
 * takes one pass.
 */
export function useRegisterRows(): RegisterRows {
  const adviceRegister = useService(adviceRegisterQueryKey);
  const { conclusionTermWeeks } = useSettings().settings;
  const [state, setState] = useState<RegisterRows>({ rows: null, complete: false });
  const remoteVersion = useRemoteVersion('advices', 'cases');
  useEffect(() => {
    let current = true;
    markRequested('adviceregister');
    markRequested('adviceregister-complete');
    const today = localToday();
    adviceRegister
      .newest(today, conclusionTermWeeks, firstScreenful)
      .then((newest) => {
        if (!current) return;
        setState({ rows: newest, complete: false });
        return afterNextPaint()
          .then(() => adviceRegister.rows(today, conclusionTermWeeks))
          .then((every) => {
            if (current) setState({ rows: filterByPeriod(every, {}), complete: true });
          });
      })
      .catch(reportStorageError);
    return () => {
      current = false;
    };
  }, [adviceRegister, conclusionTermWeeks, remoteVersion]);
  return state;
}
