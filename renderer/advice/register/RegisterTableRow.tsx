import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import type { RegisterRow } from '@shared/advice/register';
import { formatDate } from '../../i18n/formatters';
import { AdviceFlagBadges } from './AdviceFlagBadges';

const dateOrDash = (date: string | null) => (date ? formatDate(date) : '—');

export function RegisterTableRow({ row, rowIndex, height }: { row: RegisterRow; rowIndex: number; height: number }) {
  const { t } = useTranslation();
  const { conclusion, followUp } = row;
  return (
    <tr aria-rowindex={rowIndex} style={{ height }} data-register-row={row.reference}>
      <td title={`${row.reference} ${row.title}`}>
        <Link to={`/casussen/${row.caseId}/advies`}>
          <span className="register-table__reference">{row.reference}</span> {row.title}
        </Link>
      </td>
      <td>
        {t('adviceRegister.version', {
          number: row.version.number,
          status: t(`adviceRegister.versionStatus.${row.version.status}`),
        })}
      </td>
      <td>{formatDate(row.startedOn)}</td>
      <td>{dateOrDash(row.issuedOn)}</td>
      <td>{dateOrDash(row.conclusionDueOn)}</td>
      <td>
        {conclusion
          ? t('adviceRegister.conclusion', {
              decision: t(`adviceRegister.conclusionDecision.${conclusion.decision}`),
              date: formatDate(conclusion.receivedOn),
            })
          : '—'}
      </td>
      <td>{followUp.decision ? t(`adviceRegister.followUpDecision.${followUp.decision}`) : '—'}</td>
      <td>{dateOrDash(followUp.reReviewOn)}</td>
      <td>{dateOrDash(row.publishedOn)}</td>
      <td className="advice-flags-cell">
        <AdviceFlagBadges flags={row.flags} />
      </td>
    </tr>
  );
}
