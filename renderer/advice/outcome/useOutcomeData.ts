import { useEffect, useState } from 'react';
import type { Advice, AdviceVersion } from '@shared/advice/adviceSchema';
import type { Case } from '@shared/cases/caseSchema';
import type { CaseBoard } from '@shared/people/boardSchema';
import type { Person } from '@shared/people/personSchema';
import { useService } from '../../services/services';
import { adviceOutcomeRepositoryKey } from '../adviceOutcomeRepositoryKey';
import { adviceRepositoryKey } from '../adviceRepositoryKey';
import { caseRepositoryKey } from '../../cases/caseRepository';
import { peopleRepositoryKey } from '../../people/peopleRepositoryKey';
import { reportStorageError } from '../../persistence/storageProblems';
import { useRemoteVersion } from '../../sync/useRemoteVersion';

export interface OutcomeData {
  advice: Advice;
  kase: Case;
  /** The newest issued version: what is published, even while a later version is drafted. */
  issued: AdviceVersion | undefined;
  people: Person[];
  board: CaseBoard;
}

/** Everything the outcome panels read, loaded once; saves hand back the changed advice through `setAdvice`. */
export function useOutcomeData(caseId: string) {
  const adviceRepository = useService(adviceRepositoryKey);
  const adviceOutcome = useService(adviceOutcomeRepositoryKey);
  const caseRepository = useService(caseRepositoryKey);
  const peopleRepository = useService(peopleRepositoryKey);
  const [data, setData] = useState<OutcomeData | null>(null);
  const remoteVersion = useRemoteVersion('advices', 'adviceVersions', 'cases', 'people');
  useEffect(() => {
    let current = true;
    const load = async (): Promise<OutcomeData | null> => {
      const [advice, kase, loaded, people, board] = await Promise.all([
        adviceOutcome.get(caseId),
        caseRepository.get(caseId),
        adviceRepository.load(caseId),
        peopleRepository.list(),
        peopleRepository.board(caseId),
      ]);
      if (!advice || !kase || !loaded) return null;
      const issuedSummary = loaded.versions.findLast((v) => v.status === 'issued');
      const issued = issuedSummary && (await adviceRepository.getVersion(issuedSummary.id));
      return { advice, kase, issued, people, board };
    };
    load().then((found) => current && setData(found), reportStorageError);
    return () => {
      current = false;
    };
  }, [adviceRepository, adviceOutcome, caseRepository, peopleRepository, caseId, remoteVersion]);
  const setAdvice = (advice: Advice) => setData((previous) => previous && { ...previous, advice });
  return { data, setAdvice };
}
