import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Alert, Button, ButtonGroup, Paragraph } from '@utrecht/component-library-react';
import type { FieldConflict } from '@shared/sync/fieldConflicts';
import type { RemovalConflict } from '@shared/sync/recordMap';
import { plainText } from '@shared/richText/plainText';
import { useService } from '../services/services';
import { formatDateTime } from '../i18n/formatters';
import { reportStorageError } from '../persistence/storageProblems';
import { boardModeKey } from '../sync/boardMode';
import { useConflicts } from './useConflicts';

const shownCharacters = 500;
const isRichText = (value: unknown): boolean => typeof value === 'object' && value !== null && 'type' in value && value.type === 'doc';
const truncated = (text: string) => (text.length > shownCharacters ? `${text.slice(0, shownCharacters)}…` : text);

/** Where each table's field names are worded already; other fields are named by their kind and code. */
const fieldLabelPrefixes: Readonly<Record<string, string>> = {
  cases: 'case',
  caseBoards: 'board.conflict.fields.caseBoards',
  people: 'people.field',
  meetings: 'board.conflict.fields.meetings',
  caseDescriptions: 'board.conflict.fields.caseDescriptions',
  notes: 'board.conflict.fields.notes',
  methodTemplates: 'board.conflict.fields.methodTemplates',
  screenings: 'board.conflict.fields.screenings',
  screeningTemplates: 'board.conflict.fields.screeningTemplates',
};

interface ConflictAlertsProps {
  /** The document whose conflicts these are: a case's, or the board's. */
  document: string;
  /** Only the conflicts of these records: the board's document holds the whole register and every meeting. */
  only?: (table: string, key: string) => boolean;
  /** What the page calls a record (a person's name), where the kind alone would not say which one. */
  nameOf?: (table: string, key: string) => string | undefined;
}

/**
 * What two members did to a record while apart and the board still has to
 * decide: a field both changed shows the value that lost ("Deze waarde is
 * tegelijk elders gewijzigd"), a record one removed while the other changed it
 * stays with the removal named. Nothing is lost unseen; each choice holds for
 * the whole board. Shown where the record is: the case page, the people
 * register, a meeting's page, a method's, a screening's and the screening
 * questionnaire's.
 */
export function ConflictAlerts({ document, only = () => true, nameOf = () => undefined }: ConflictAlertsProps) {
  const { t, i18n } = useTranslation();
  const board = useService(boardModeKey);
  const conflicts = useConflicts(document);
  const [busy, setBusy] = useState<string | null>(null);
  const fields = conflicts.fields.filter(({ table, key }) => only(table, key));
  const removals = conflicts.removals.filter(({ table, key }) => only(table, key));
  if (fields.length === 0 && removals.length === 0) return null;

  const decide = (id: string, decision: Promise<void>) => {
    setBusy(id);
    decision.catch(reportStorageError).finally(() => setBusy(null));
  };
  const kind = (table: string, key: string) => nameOf(table, key) ?? t(`board.conflict.kinds.${table}`, { defaultValue: table });
  const label = ({ table, key, field }: FieldConflict) => {
    const worded = `${fieldLabelPrefixes[table] ?? ''}.${field}`;
    const name = fieldLabelPrefixes[table] && i18n.exists(worded) ? t(worded) : null;
    // On the case page a field of the case itself needs no kind before it.
    if (name && table === 'cases') return name;
    return t('board.conflict.fieldOf', { field: name ?? field, kind: kind(table, key) });
  };
  const shown = (value: unknown) => {
    if (typeof value === 'string') return value === '' ? t('board.conflict.empty') : value;
    if (typeof value === 'number' || typeof value === 'boolean') return String(value);
    if (Array.isArray(value) && value.every((item) => typeof item === 'string')) return value.join(', ') || t('board.conflict.empty');
    // A text typed apart (a description before anyone typed in it together): its words, without the formatting.
    if (isRichText(value)) return truncated(plainText(value)) || t('board.conflict.empty');
    return value === null || value === undefined ? t('board.conflict.empty') : t('board.conflict.notShown');
  };
  const removalId = ({ table, key }: RemovalConflict) => `${table}\u001f${key}`;

  return (
    <>
      {removals.map((removal) => (
        <Alert key={removalId(removal)} type="warning" data-removal-conflict={removal.table}>
          <Paragraph>
            {t(removal.by ? 'board.conflict.removedBy' : 'board.conflict.removed', {
              kind: kind(removal.table, removal.key),
              by: removal.by,
              at: formatDateTime(removal.at),
            })}
          </Paragraph>
          <ButtonGroup>
            <Button appearance="primary-action-button" disabled={busy === removalId(removal)} onClick={() => decide(removalId(removal), board.settleRemoval(document, removal, true))}>
              {t('board.conflict.keepRecord')}
            </Button>
            <Button appearance="secondary-action-button" disabled={busy === removalId(removal)} onClick={() => decide(removalId(removal), board.settleRemoval(document, removal, false))}>
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
            <Button appearance="primary-action-button" disabled={busy === conflict.id} onClick={() => decide(conflict.id, board.settleFieldConflict(document, conflict, true))}>
              {t('board.conflict.take')}
            </Button>
            <Button appearance="secondary-action-button" disabled={busy === conflict.id} onClick={() => decide(conflict.id, board.settleFieldConflict(document, conflict, false))}>
              {t('board.conflict.keep')}
            </Button>
          </ButtonGroup>
        </Alert>
      ))}
    </>
  );
}
