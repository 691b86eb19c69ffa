import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { Fieldset, FieldsetLegend, FormField, FormLabel, Paragraph, RadioButton } from '@utrecht/component-library-react';
import { conflictPolicies, type ConflictPolicy } from '@shared/people/conflictPolicy';
import { useService } from '../services/services';
import { reportStorageError } from '../persistence/storageProblems';
import { boardModeKey } from '../sync/boardMode';
import { useWatched, type Watch } from './useWatched';

/**
 * The secretary's choice for every case: a member who does not take part
 * because of a conflict of interest reads the case, or does not receive it
 * (the server then gives them nothing of it, and their search does not find it).
 */
export function ConflictPolicyFieldset() {
  const { t } = useTranslation();
  const board = useService(boardModeKey);
  const policy = useWatched(useCallback<Watch<ConflictPolicy>>((listener) => board.watchConflictPolicy(listener), [board]));
  if (policy === null) return null;

  // The board's document reports the new choice as soon as it is written, so the radios follow it.
  const choose = (next: ConflictPolicy) => board.setConflictPolicy(next).catch(reportStorageError);
  return (
    <Fieldset className="form-row" data-conflict-policy={policy}>
      <FieldsetLegend>{t('board.conflictPolicy.legend')}</FieldsetLegend>
      <Paragraph>{t('board.conflictPolicy.hint')}</Paragraph>
      {conflictPolicies.map((option) => (
        <FormField type="radio" key={option}>
          <FormLabel type="radio">
            <RadioButton name="conflict-policy" value={option} checked={policy === option} onChange={() => choose(option)} /> {t(`board.conflictPolicy.options.${option}`)}
          </FormLabel>
        </FormField>
      ))}
    </Fieldset>
  );
}
