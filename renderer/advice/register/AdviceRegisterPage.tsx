import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Heading1, Paragraph } from '@utrecht/component-library-react';
import { isReversed } from '@shared/advice/periods';
import { filterByPeriod } from '@shared/advice/register';
import { localToday } from '../../db/clock';
import { PublicationRegisterExport } from '../../export/PublicationRegisterExport';
import { needsAttention } from './attention';
import { registerCounts } from './registerCounts';
import { RegisterFilters } from './RegisterFilters';
import { RegisterSummary } from './RegisterSummary';
import { RegisterTable } from './RegisterTable';
import { useRegisterFilter } from './useRegisterFilter';
import { useRegisterRows } from './useRegisterRows';
import './register.css';

/** Every advice with its dates, conclusion and follow-up: the basis for the P&C report. */
export function AdviceRegisterPage() {
  const { t } = useTranslation();
  const { rows, complete } = useRegisterRows();
  const [filter, setFilter] = useRegisterFilter();
  const [today] = useState(localToday);
  const period = useMemo(() => ({ from: filter.from, to: filter.to }), [filter.from, filter.to]);
  const inPeriod = useMemo(() => filterByPeriod(rows ?? [], period), [rows, period]);
  const counts = useMemo(() => registerCounts(inPeriod), [inPeriod]);
  const visible = useMemo(() => (filter.onlyAttention ? inPeriod.filter(needsAttention) : inPeriod), [inPeriod, filter.onlyAttention]);

  return (
    <>
      <Heading1>{t('adviceRegister.title')}</Heading1>
      {rows === null || (!complete && rows.length === 0) ? (
        <Paragraph role="status">{t('common.loading')}</Paragraph>
      ) : rows.length === 0 ? (
        <Paragraph className="empty-state">{t('adviceRegister.empty')}</Paragraph>
      ) : (
        <>
          <PublicationRegisterExport />
          <RegisterFilters filter={filter} today={today} onChange={setFilter} />
          {/* Counts over the newest screenful alone would be false: they wait for every advice. */}
          {complete && <RegisterSummary counts={counts} period={period} />}
          <Paragraph role="status" className="register-count" data-attention={filter.onlyAttention}>
            {!complete
              ? t('common.loading')
              : isReversed(period)
                ? t('adviceRegister.filter.reversed')
                : visible.length === 0
                  ? t('adviceRegister.noneSelected')
                  : t('adviceRegister.count', { count: rows.length, shown: visible.length })}
          </Paragraph>
          {visible.length > 0 && <RegisterTable rows={visible} complete={complete} />}
        </>
      )}
    </>
  );
}
