import { useEffect, useState } from 'react';
import type { RegisterRow } from '@shared/advice/register';
import { localToday } from '../../actions/actionRows';
import { useServices } from '../../app/services';
import { markRequested } from '../../perf/paintMarks';
import { reportStorageError } from '../../persistence/storageProblems';
import { useSettings } from '../../settings/settingsContext';

/** Every advice with its case, read once per visit; null until read. Filtering happens in memory. */
export function useRegisterRows(): RegisterRow[] | null {
  const { adviceRegister } = useServices();
  const { conclusionTermWeeks } = useSettings().settings;
  const [rows, setRows] = useState<RegisterRow[] | null>(null);
  useEffect(() => {
    let current = true;
    markRequested('adviceregister');
    adviceRegister.rows(localToday(), conclusionTermWeeks).then((read) => {
      if (current) setRows(read);
    }, reportStorageError);
    return () => {
      current = false;
    };
  }, [adviceRegister, conclusionTermWeeks]);
  return rows;
}
