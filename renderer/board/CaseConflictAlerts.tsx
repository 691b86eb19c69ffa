import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Alert, Button, ButtonGroup, Paragraph } from '@utrecht/component-library-react';
import type { FieldConflict } from '@shared/sync/fieldConflicts';
import type { RemovalConflict } from '@shared/sync/recordMap';
import { useService } from '../services/services';
import { formatDateTime } from '../i18n/formatters';
import { reportStorageError } from '../persistence/storageProblems';
import { boardModeKey } from '../sync/boardMode';
import { useCaseConflicts } from './useCaseConflicts';

/**
 * What two members did to the case while apart and the board still has to
 * decide: a field both changed shows the value that lost ("Deze waarde is
 * tegelijk elders gewijzigd"), a record one removed while the other changed it
 * stays with the removal named. Nothing is lost unseen; each choice holds for
 * the whole board.
 */
export function CaseConflictAlerts({ caseId }: { caseId: string }) {
  const { t, i18n } = useTranslation();
  const board = useService(boardModeKey);
  const { fields, removals } = useCaseConflicts(caseId);
  const [busy, setBusy] = useState<string | null>(null);
  if (fields.length === 0 && removals.length === 0) return null;

  const decide = (id: string, decision: Promise<void>) => {
    setBusy(id);
    decision.catch(reportStorageError).finally(() => setBusy(null));
  };
  const kind = (table: string) => t(`board.conflict.kinds.${table}`, { defaultValue: table });
  const label = ({ table, field }: FieldConflict) =>
    table === 'cases' && i18n.exists(`case.${field}`) ? t(`case.${field}`) : t('board.conflict.fieldOf', { field, kind: kind(table) });
  const shown = (value: unknown) => {
    if (typeof value === 'string') return value === '' ? t('board.conflict.empty') : value;
    if (typeof value === 'number' || typeof value === 'boolean') return String(value);
    if (Array.isArray(value) && value.every((item) => typeof item === 'string')) return value.join(', ') || t('board.conflict.empty');
    return value === null || value === undefined ? t('board.conflict.empty') : t('board.conflict.notShown');
  };
  const removalId = ({ table, key }: RemovalConflict) => `${table}\u001f${key}`;

  return (
    <>
      {removals.map((removal) => (
        <Alert key={removalId(removal)} type="warning" data-removal-conflict={removal.table}>
          <Paragraph>
            {t(removal.by ? 'board.conflict.removedBy' : 'board.conflict.removed', { kind: kind(removal.table), by: removal.by, at: formatDateTime(removal.at) })}
          </Paragraph>
          <ButtonGroup>
            <Button appearance="primary-action-button" disabled={busy === removalId(removal)} onClick={() => decide(removalId(removal), board.settleRemoval(caseId, removal, true))}>
              {t('board.conflict.keepRecord')}
            </Button>
            <Button appearance="secondary-action-button" disabled={busy === removalId(removal)} onClick={() => decide(removalId(removal), board.settleRemoval(caseId, removal, false))}>
              {t('board.conflict.removeRecord')}
            </Button>
          </ButtonGroup>
        </Alert>
      ))}
      {fields.map((conflict) => (
        <Alert key={conflict.id} type="warning" data-field-conflict={conflict.field}>
          <Paragraph>
            {t(conflict.by ? 'board.conflict.overwrittenBy' : 'board.conflict.overwritten', { field: label(conflict), by: conflict.by })}{' '}
            <span className="preserve-lines" data-field-conflict-value="">
              {shown(conflict.value)}
            </span>
          </Paragraph>
          <ButtonGroup>
            <Button appearance="primary-action-button" disabled={busy === conflict.id} onClick={() => decide(conflict.id, board.settleFieldConflict(caseId, conflict, true))}>
              {t('board.conflict.take')}
            </Button>
            <Button appearance="secondary-action-button" disabled={busy === conflict.id} onClick={() => decide(conflict.id, board.settleFieldConflict(caseId, conflict, false))}>
              {t('board.conflict.keep')}
            </Button>
          </ButtonGroup>
        </Alert>
      ))}
    </>
  );
}
