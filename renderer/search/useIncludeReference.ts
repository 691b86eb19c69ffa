import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { adviceRepositoryKey } from '../advice/adviceRepositoryKey';
import { useRefusal } from '../advice/useRefusal';
import { useActorName } from '../board/useActorName';
import { useCaseAccess } from '../board/useCaseAccess';
import { reportStorageError } from '../persistence/storageProblems';
import { useService } from '../services/services';

/**
 * Includes an earlier case as a reference in this case's draft advice, and
 * knows which ones the newest version refers to already and whether this
 * account may change the case at all. `added` says what
 * was included, for a status line; `reasons` why it was refused.
 */
export function useIncludeReference(caseId: string) {
  const { t } = useTranslation();
  const advice = useService(adviceRepositoryKey);
  const actor = useActorName();
  const linking = useRefusal();
  const [linked, setLinked] = useState<ReadonlySet<string>>(new Set());
  const [added, setAdded] = useState('');
  // A case the server lets this account only read takes no reference: the change would stay on this machine.
  const mayInclude = useCaseAccess(caseId) === 'write';

  useEffect(() => {
    let current = true;
    advice
      .load(caseId)
      .then((loaded) => current && setLinked(new Set((loaded?.latest.precedents ?? []).map((precedent) => precedent.caseId))))
      .catch(reportStorageError);
    return () => {
      current = false;
    };
  }, [advice, caseId]);

  const include = (precedentCaseId: string) =>
    linking.run(
      () => advice.addPrecedent(caseId, precedentCaseId, actor),
      (version) => {
        const references = version.precedents ?? [];
        setLinked(new Set(references.map((precedent) => precedent.caseId)));
        setAdded(t('search.similar.added', { reference: references.at(-1)?.reference ?? '' }));
      },
    );

  return { mayInclude, linked, added, reasons: linking.reasons, include };
}
