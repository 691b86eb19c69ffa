import { useEffect, useState } from 'react';
import { toCaseRow, type CaseRow } from '@shared/cases/caseFilter';
import { useServices } from '../app/services';
import { afterNextPaint, markRequested } from '../perf/paintMarks';
import { reportStorageError } from '../persistence/storageProblems';

/** Enough rows to fill a tall screen while the full register loads behind it. */
const firstScreenful = 40;

export interface CaseRows {
  /** The newest rows first, then every row; null until anything has been read. */
  rows: CaseRow[] | null;
  /** True once `rows` holds the whole register, so filtering it is truthful. */
  complete: boolean;
  reload(): void;
}

/**
 * Reading thousands of cases takes a while, so the newest screenful is read
 * through the index and painted first; the rest follows for filtering. The
 * reads run one after the other on purpose: Chromium serves them in order
 * anyway, and unpacking thousands of records blocks the main thread, so the
 * full read starts only once the first screenful is on screen.
 */
export function useCaseRows(): CaseRows {
  const { cases } = useServices();
  const [state, setState] = useState<Omit<CaseRows, 'reload'>>({ rows: null, complete: false });
  const [generation, setGeneration] = useState(0);
  useEffect(() => {
    let current = true;
    markRequested('caselist');
    markRequested('caselist-complete');
    cases
      .newest(firstScreenful)
      .then((newest) => {
        if (!current) return;
        setState({ rows: newest.map(toCaseRow), complete: false });
        return afterNextPaint()
          .then(() => cases.list())
          .then((everything) => {
            if (current) setState({ rows: everything.map(toCaseRow), complete: true });
          });
      })
      .catch(reportStorageError);
    return () => {
      current = false;
    };
  }, [cases, generation]);
  return { ...state, reload: () => setGeneration((g) => g + 1) };
}
