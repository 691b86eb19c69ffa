import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Alert, Button, FormField, FormLabel, Paragraph, Select, SelectOption } from '@utrecht/component-library-react';
import type { Case } from '@shared/cases/caseSchema';
import { caseStatuses, nextStatuses, type CaseStatus, type TransitionRefusal } from '@shared/cases/status';
import { useService } from '../../services/services';
import { caseRepositoryKey } from '../caseRepository';
import { reportStorageError } from '../../persistence/storageProblems';

/**
 * Offers every status, not only the allowed ones, so a user who expects a
 * jump learns why it is refused instead of wondering where the option went.
 */
export function CaseStatusControl({ current, onChanged }: { current: Case; onChanged(): void }) {
  const { t } = useTranslation();
  const cases = useService(caseRepositoryKey);
  const id = useId();
  const suggested = nextStatuses(current.status)[0] ?? current.status;
  const [target, setTarget] = useState<CaseStatus>(suggested);
  const [refusal, setRefusal] = useState<TransitionRefusal | null>(null);

  const change = async () => {
    try {
      const result = await cases.changeStatus(current.id, target);
      setRefusal(result.ok ? null : result.reason);
      if (result.ok) onChanged();
    } catch (error) {
      reportStorageError(error);
    }
  };

  return (
    <div className="status-control">
      <FormField type="select" className="compact-field">
        <FormLabel htmlFor={id}>{t('casePage.newStatus')}</FormLabel>
        <Select id={id} value={target} onChange={(event) => setTarget(event.target.value as CaseStatus)}>
          {caseStatuses.map((status) => (
            <SelectOption key={status} value={status}>
              {t(`status.${status}`)}
            </SelectOption>
          ))}
        </Select>
      </FormField>
      <Button appearance="secondary-action-button" onClick={change}>
        {t('casePage.changeStatus')}
      </Button>
      {refusal && (
        <Alert type="error" role="alert">
          <Paragraph>
            {t(`transition.${refusal}`, { from: t(`status.${current.status}`), to: t(`status.${target}`) })}
          </Paragraph>
        </Alert>
      )}
    </div>
  );
}
