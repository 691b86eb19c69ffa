import { useEffect, useState } from 'react';
import { toCaseRow, type CaseRow } from '@shared/cases/caseFilter';
import { useServices } from '../app/services';
import { markRequested } from '../perf/paintMarks';
import { reportStorageError } from '../persistence/storageProblems';

/** All cases as list rows; `reload` after changes made on this screen (loading samples). */
export function useCaseRows(): { rows: CaseRow[] | null; reload: () => void } {
  const { cases } = useServices();
  const [rows, setRows] = useState<CaseRow[] | null>(null);
  const [generation, setGeneration] = useState(0);
  useEffect(() => {
    let current = true;
    markRequested('caselist');
    cases.list().then(
      (all) => current && setRows(all.map(toCaseRow)),
      (error: unknown) => reportStorageError(error),
    );
    return () => {
      current = false;
    };
  }, [cases, generation]);
  return { rows, reload: () => setGeneration((g) => g + 1) };
}
