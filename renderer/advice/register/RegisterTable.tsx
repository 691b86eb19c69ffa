import { memo, useLayoutEffect } from 'react';
import { useTranslation } from 'react-i18next';
import type { RegisterRow } from '@shared/advice/register';
import { useVirtualRows } from '../../components/useVirtualRows';
import { measureAfterPaint } from '../../perf/paintMarks';
import { RegisterTableRow } from './RegisterTableRow';

/* Room for two lines of text, or a title over two lines of flags, rather than hiding them behind an ellipsis. */
const rowHeight = 64;

const columns = ['case', 'version', 'dates', 'conclusionDueOn', 'conclusion', 'followUp', 'reReviewOn', 'publishedOn'] as const;

/**
 * A real table, virtualized like the case list: a register of thousands of
 * advices renders as the rows in view, with spacer rows keeping the scroll
 * height true; a short register simply renders all of its rows. Memoized, so
 * the render that follows the URL update of a filter change does nothing here.
 * The newest screenful comes first, then every row (useRegisterRows).
 */
export const RegisterTable = memo(function RegisterTable({ rows, complete }: { rows: RegisterRow[]; complete: boolean }) {
  const { t } = useTranslation();
  const { scrollRef, items, before, after } = useVirtualRows(rows.length, rowHeight, 5);
  useLayoutEffect(() => {
    measureAfterPaint('adviceregister');
    if (complete) measureAfterPaint('adviceregister-complete');
  }, [rows, complete]);
  return (
    <div ref={scrollRef} className="virtual-table register-table" tabIndex={0} role="region" aria-label={t('adviceRegister.tableLabel')}>
      <table aria-rowcount={rows.length + 1}>
        <thead>
          <tr aria-rowindex={1}>
            {columns.map((column) => (
              <th key={column} scope="col">
                {t(`adviceRegister.column.${column}`)}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {before > 0 && <tr aria-hidden="true" style={{ height: before }} />}
          {items.map((item) => (
            <RegisterTableRow key={rows[item.index]!.caseId} row={rows[item.index]!} rowIndex={item.index + 2} height={rowHeight} />
          ))}
          {after > 0 && <tr aria-hidden="true" style={{ height: after }} />}
        </tbody>
      </table>
    </div>
  );
});
