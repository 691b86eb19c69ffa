import { memo } from 'react';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import type { RegisterRow } from '@shared/advice/register';
import { AdviceFlagBadges } from './AdviceFlagBadges';
import { needsAttention } from './attention';
import { formatShortDate } from '../../i18n/formatters';

const dateOrDash = (date: string | null) => (date ? formatShortDate(date) : '—');

/**
 * Cells stack two short lines each, so the row reads as one advice without
 * sideways scrolling. Memoized: a row that stays in view when the filter
 * changes is not rendered again.
 */
export const RegisterTableRow = memo(function RegisterTableRow({
  row,
  rowIndex,
  height,
}: {
  row: RegisterRow;
  rowIndex: number;
  height: number;
}) {
  const { t } = useTranslation();
  const { conclusion, followUp } = row;
  return (
    <tr aria-rowindex={rowIndex} style={{ height }} data-register-row={row.reference}>
      <td>
        <Link to={`/casussen/${row.caseId}/advies`} title={`${row.reference} ${row.title}`}>
          <span className="register-table__reference">{row.reference}</span> {row.title}
        </Link>
        {needsAttention(row) && (
          <div className="register-table__flags">
            <AdviceFlagBadges flags={row.flags} />
          </div>
        )}
      </td>
      <td>
        {row.version.number}
        <br />
        {t(`adviceRegister.versionStatus.${row.version.status}`)}
      </td>
      <td>
        {t('adviceRegister.startedOn', { date: formatShortDate(row.startedOn) })}
        {row.issuedOn && (
          <>
            <br />
            {t('adviceRegister.issuedOn', { date: formatShortDate(row.issuedOn) })}
          </>
        )}
      </td>
      <td>{dateOrDash(row.conclusionDueOn)}</td>
      <td>
        {conclusion ? (
          <>
            {t(`adviceRegister.conclusionDecision.${conclusion.decision}`)}
            <br />
            {formatShortDate(conclusion.receivedOn)}
          </>
        ) : (
          '—'
        )}
      </td>
      <td>{followUp.decision ? t(`adviceRegister.followUpDecision.${followUp.decision}`) : '—'}</td>
      <td>{dateOrDash(followUp.reReviewOn)}</td>
      <td>{dateOrDash(row.publishedOn)}</td>
    </tr>
  );
});
