import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Alert, Button, ButtonGroup, Paragraph } from '@utrecht/component-library-react';
import type { FieldConflict } from '@shared/sync/fieldConflicts';
import { useService } from '../services/services';
import { reportStorageError } from '../persistence/storageProblems';
import { boardModeKey } from '../sync/boardMode';
import { useFieldConflicts } from './useFieldConflicts';

/**
 * "Deze waarde is tegelijk elders gewijzigd": a field of the case that two
 * members changed while apart shows the value that lost, so nothing is lost
 * unseen, and either can be kept for the whole board.
 */
export function FieldConflictAlert({ caseId }: { caseId: string }) {
  const { t, i18n } = useTranslation();
  const board = useService(boardModeKey);
  const conflicts = useFieldConflicts(caseId);
  const [busy, setBusy] = useState<string | null>(null);
  if (conflicts.length === 0) return null;

  const settle = (conflict: FieldConflict, take: boolean) => {
    setBusy(conflict.id);
    board
      .settleFieldConflict(caseId, conflict, take)
      .catch(reportStorageError)
      .finally(() => setBusy(null));
  };
  const label = ({ table, field }: FieldConflict) =>
    table === 'cases' && i18n.exists(`case.${field}`) ? t(`case.${field}`) : t('board.conflict.fieldOf', { field, kind: t(`board.conflict.kinds.${table}`, { defaultValue: table }) });
  const shown = (value: unknown) => {
    if (typeof value === 'string') return value === '' ? t('board.conflict.empty') : value;
    if (typeof value === 'number' || typeof value === 'boolean') return String(value);
    if (Array.isArray(value) && value.every((item) => typeof item === 'string')) return value.join(', ') || t('board.conflict.empty');
    return value === null || value === undefined ? t('board.conflict.empty') : t('board.conflict.notShown');
  };

  return (
    <>
      {conflicts.map((conflict) => (
        <Alert key={conflict.id} type="warning" data-field-conflict={conflict.field}>
          <Paragraph>
            {t(conflict.by ? 'board.conflict.overwrittenBy' : 'board.conflict.overwritten', { field: label(conflict), by: conflict.by })}{' '}
            <span className="preserve-lines" data-field-conflict-value="">
              {shown(conflict.value)}
            </span>
          </Paragraph>
          <ButtonGroup>
            <Button appearance="primary-action-button" disabled={busy === conflict.id} onClick={() => settle(conflict, true)}>
              {t('board.conflict.take')}
            </Button>
            <Button appearance="secondary-action-button" disabled={busy === conflict.id} onClick={() => settle(conflict, false)}>
              {t('board.conflict.keep')}
            </Button>
          </ButtonGroup>
        </Alert>
      ))}
    </>
  );
}
