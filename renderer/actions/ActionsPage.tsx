import { useId, useLayoutEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Checkbox, FormField, FormLabel, Heading1, Paragraph } from '@utrecht/component-library-react';
import { measureAfterPaint } from '../perf/paintMarks';
import { useUrlState } from '../persistence/useUrlState';
import type { ActionRow } from './actionRows';
import { ActionTable } from './ActionTable';
import { useOpenActions } from './useOpenActions';
import './actions.css';

const readOverdue = (params: URLSearchParams) => params.get('teLaat') === '1';
const writeOverdue = (onlyOverdue: boolean): Record<string, string> => (onlyOverdue ? { teLaat: '1' } : {});

/** Every open action of every case, soonest due first, to follow up between meetings. */
export function ActionsPage() {
  const { t } = useTranslation();
  const filterId = useId();
  const { overview, markDone } = useOpenActions();
  // In the URL, so coming back from a case shows the list as it was left.
  const [onlyOverdue, setOnlyOverdue] = useUrlState(readOverdue, writeOverdue);
  const [notice, setNotice] = useState('');
  const rows = overview?.rows ?? [];
  const visible = onlyOverdue ? rows.filter((row) => row.overdue) : rows;
  const nothingToShow = overview !== null && visible.length === 0;

  // The table records the measure once its cases are on screen; with nothing to show, the page does.
  useLayoutEffect(() => {
    if (nothingToShow) measureAfterPaint('actions');
  }, [nothingToShow]);

  const done = async (row: ActionRow) => {
    const stored = await markDone(row.id);
    if (stored) setNotice(t('actions.doneNotice', { what: row.what }));
    return stored;
  };

  return (
    <>
      <Heading1>{t('actions.title')}</Heading1>
      {!overview ? (
        <Paragraph role="status">{t('common.loading')}</Paragraph>
      ) : (
        <>
          <FormField type="checkbox" className="compact-field action-filters">
            <Checkbox id={filterId} checked={onlyOverdue} onChange={(event) => setOnlyOverdue(event.target.checked)} />
            <FormLabel htmlFor={filterId} type="checkbox">
              {t('actions.onlyOverdue')}
            </FormLabel>
          </FormField>
          <Paragraph role="status">
            {notice && `${notice} `}
            {visible.length === 0
              ? t(onlyOverdue ? 'actions.noneOverdue' : 'actions.none')
              : onlyOverdue
                ? t('actions.countOverdue', { count: visible.length })
                : t('actions.count', { count: visible.length, overdue: rows.filter((row) => row.overdue).length })}
          </Paragraph>
          {visible.length > 0 && <ActionTable rows={visible} knownCases={overview.cases} onDone={done} />}
        </>
      )}
    </>
  );
}
