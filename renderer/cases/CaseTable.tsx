import { useLayoutEffect } from 'react';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import type { AdviceFlags } from '@shared/advice/deadlines';
import type { CaseRow } from '@shared/cases/caseFilter';
import { AdviceFlagBadges } from '../advice/register/AdviceFlagBadges';
import { StatusLabel } from '../components/StatusLabel';
import { formatDate } from '../i18n/formatters';
import { useVirtualRows } from '../components/useVirtualRows';
import { measureAfterPaint } from '../perf/paintMarks';

const rowHeight = 44;

/**
 * A real table so screen readers announce rows and columns; only the rows in
 * view are rendered, with spacer rows keeping the scroll height true.
 */
export function CaseTable({
  rows,
  complete,
  flags,
}: {
  rows: CaseRow[];
  complete: boolean;
  /** Advice flags by case id; a case without an entry needs no attention. */
  flags: ReadonlyMap<string, AdviceFlags>;
}) {
  const { t } = useTranslation();
  const { scrollRef, items, before, after } = useVirtualRows(rows.length, rowHeight, 12);
  useLayoutEffect(() => {
    measureAfterPaint('caselist');
    if (complete) measureAfterPaint('caselist-complete');
  }, [rows, complete]);
  return (
    <div ref={scrollRef} className="virtual-table case-table" tabIndex={0} role="region" aria-label={t('caseList.tableLabel')}>
      <table aria-rowcount={rows.length + 1}>
        <thead>
          <tr aria-rowindex={1}>
            <th scope="col">{t('case.reference')}</th>
            <th scope="col">{t('case.title')}</th>
            <th scope="col">{t('case.status')}</th>
            <th scope="col">{t('case.receivedOn')}</th>
            <th scope="col">{t('case.themes')}</th>
            <th scope="col">{t('case.classification')}</th>
            <th scope="col">{t('adviceRegister.flags')}</th>
          </tr>
        </thead>
        <tbody>
          {before > 0 && <tr aria-hidden="true" style={{ height: before }} />}
          {items.map((item) => {
            const row = rows[item.index]!;
            return (
              <tr key={row.id} aria-rowindex={item.index + 2} style={{ height: rowHeight }} data-case-row={row.reference}>
                <td className="case-table__reference">{row.reference}</td>
                <td>
                  <Link to={`/casussen/${row.id}`}>{row.title}</Link>
                  {row.archivedAt && <span className="archived-tag"> ({t('case.archivedTag')})</span>}
                </td>
                <td>
                  <StatusLabel status={row.status} />
                </td>
                <td>{formatDate(row.receivedOn)}</td>
                <td>{row.themes.join(', ')}</td>
                <td>{t(`classification.${row.classification}`)}</td>
                <td className="advice-flags-cell">
                  <AdviceFlagBadges flags={flags.get(row.id)} />
                </td>
              </tr>
            );
          })}
          {after > 0 && <tr aria-hidden="true" style={{ height: after }} />}
        </tbody>
      </table>
    </div>
  );
}
