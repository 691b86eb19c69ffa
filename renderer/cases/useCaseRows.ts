import { useEffect, useState } from 'react';
import type { AdviceFlags } from '@shared/advice/deadlines';
import { toCaseRow, type CaseRow } from '@shared/cases/caseFilter';
import { localToday } from '../db/clock';
import { useService } from '../services/services';
import { adviceRegisterQueryKey } from '../advice/adviceRegisterQuery';
import { caseRepositoryKey } from './caseRepository';
import { afterNextPaint, markRequested } from '../perf/paintMarks';
import { reportStorageError } from '../persistence/storageProblems';
import { useSettings } from '../settings/settingsContext';
import { useRemoteVersion } from '../sync/useRemoteVersion';

/** Enough rows to fill a tall screen while the full register loads behind it. */
const firstScreenful = 40;

export interface CaseRows {
  /** The newest rows first, then every row; null until anything has been read. */
  rows: CaseRow[] | null;
  /** True once `rows` holds the whole register, so filtering it is truthful. */
  complete: boolean;
  /** Advice flags of the cases that need attention, read with the whole register. */
  flags: ReadonlyMap<string, AdviceFlags>;
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
  const cases = useService(caseRepositoryKey);
  const adviceRegister = useService(adviceRegisterQueryKey);
  const { conclusionTermWeeks } = useSettings().settings;
  const [state, setState] = useState<Omit<CaseRows, 'reload'>>({ rows: null, complete: false, flags: new Map() });
  const [generation, setGeneration] = useState(0);
  const remoteVersion = useRemoteVersion('cases', 'advices');
  useEffect(() => {
    let current = true;
    markRequested('caselist');
    markRequested('caselist-complete');
    cases
      .newest(firstScreenful)
      .then((newest) => {
        if (!current) return;
        setState({ rows: newest.map(toCaseRow), complete: false, flags: new Map() });
        return afterNextPaint()
          .then(() => Promise.all([cases.list(), adviceRegister.flags(localToday(), conclusionTermWeeks)]))
          .then(([everything, flags]) => {
            if (current) setState({ rows: everything.map(toCaseRow), complete: true, flags });
          });
      })
      .catch(reportStorageError);
    return () => {
      current = false;
    };
  }, [cases, adviceRegister, conclusionTermWeeks, generation, remoteVersion]);
  return { ...state, reload: () => setGeneration((g) => g + 1) };
}
