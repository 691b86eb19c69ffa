import { useLayoutEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { useVirtualRows } from '../components/useVirtualRows';
import { measureAfterPaint } from '../perf/paintMarks';
import type { CaseSummaries } from './actionOverviewQuery';
import type { ActionRow } from './actionRows';
import { ActionTableRow } from './ActionTableRow';
import { useCaseSummaries } from './useCaseSummaries';

const rowHeight = 44;

interface Props {
  rows: ActionRow[];
  /** Cases read with the rows; the table reads the rest as rows come into view. */
  knownCases: CaseSummaries;
  onDone(row: ActionRow): Promise<boolean>;
}

/**
 * A real table, virtualized like the case list: thousands of open actions
 * render as the few rows in view, and only their cases are read.
 */
export function ActionTable({ rows, knownCases, onDone }: Props) {
  const { t } = useTranslation();
  // Where focus goes once a row marked done has left, so the keyboard stays in the list.
  const pendingFocus = useRef<{ leaving: string; index: number } | null>(null);
  const { scrollRef, items, before, after } = useVirtualRows(rows.length, rowHeight, 12);
  const inView = items.map((item) => rows[item.index]!);
  const cases = useCaseSummaries(inView.map((row) => row.caseId), knownCases);
  const complete = inView.every((row) => cases.has(row.caseId));

  useLayoutEffect(() => {
    if (complete) measureAfterPaint('actions');
  }, [complete]);
  useLayoutEffect(() => {
    const focus = pendingFocus.current;
    if (!focus || rows.some((row) => row.id === focus.leaving)) return;
    pendingFocus.current = null;
    const index = Math.min(focus.index, rows.length - 1);
    scrollRef.current?.querySelector<HTMLInputElement>(`tr[aria-rowindex="${index + 2}"] input`)?.focus();
  }, [rows, scrollRef]);

  const done = async (row: ActionRow, index: number) => {
    pendingFocus.current = { leaving: row.id, index };
    if (!(await onDone(row))) pendingFocus.current = null;
  };

  return (
    <div ref={scrollRef} className="virtual-table action-table" tabIndex={0} role="region" aria-label={t('actions.tableLabel')}>
      <table aria-rowcount={rows.length + 1}>
        <thead>
          <tr aria-rowindex={1}>
            <th scope="col">{t('actions.column.done')}</th>
            <th scope="col">{t('actions.column.what')}</th>
            <th scope="col">{t('actions.column.case')}</th>
            <th scope="col">{t('actions.column.owner')}</th>
            <th scope="col">{t('actions.column.dueOn')}</th>
          </tr>
        </thead>
        <tbody>
          {before > 0 && <tr aria-hidden="true" style={{ height: before }} />}
          {items.map((item, position) => {
            const row = inView[position]!;
            return (
              <ActionTableRow
                key={row.id}
                row={row}
                rowIndex={item.index + 2}
                height={rowHeight}
                found={cases.get(row.caseId)}
                onDone={() => done(row, item.index)}
              />
            );
          })}
          {after > 0 && <tr aria-hidden="true" style={{ height: after }} />}
        </tbody>
      </table>
    </div>
  );
}
