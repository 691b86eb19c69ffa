import { useState } from 'react';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { Checkbox } from '@utrecht/component-library-react';
import { formatDate } from '../i18n/formatters';
import type { CaseSummary } from './actionOverviewQuery';
import type { ActionRow } from './actionRows';

interface Props {
  row: ActionRow;
  rowIndex: number;
  height: number;
  /** Undefined while the case is still being read, null when it does not exist. */
  found: CaseSummary | null | undefined;
  onDone(): Promise<void>;
}

export function ActionTableRow({ row, rowIndex, height, found, onDone }: Props) {
  const { t } = useTranslation();
  // Checked while the write is under way; the row leaves once it committed, or unticks if it failed.
  const [saving, setSaving] = useState(false);
  const markDone = async () => {
    if (saving) return;
    setSaving(true);
    await onDone();
    setSaving(false);
  };
  return (
    <tr aria-rowindex={rowIndex} style={{ height }} data-action-row={row.what}>
      <td>
        <Checkbox checked={saving} onChange={markDone} aria-label={t('actions.markDone', { what: row.what })} />
      </td>
      <td title={row.what}>{row.what}</td>
      <td>
        {found === undefined ? (
          <span className="muted">{t('common.loading')}</span>
        ) : found === null ? (
          t('actions.unknownCase')
        ) : (
          <>
            <Link to={`/casussen/${row.caseId}`}>
              <span className="action-table__reference">{found.reference}</span> {found.title}
            </Link>
            {found.archived && <span className="muted"> ({t('case.archivedTag')})</span>}
          </>
        )}
      </td>
      <td>{row.owner ?? '—'}</td>
      <td>
        {row.dueOn ? formatDate(row.dueOn) : '—'}
        {row.overdue && (
          <>
            {' '}
            <span className="action-table__overdue">{t('actions.overdue')}</span>
          </>
        )}
      </td>
    </tr>
  );
}
