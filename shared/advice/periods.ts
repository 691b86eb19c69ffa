import type { Period } from './register';

/** The quick choices above the register, as the P&C cycle reports: by quarter and by year. */
export const quickPeriods = ['thisQuarter', 'lastQuarter', 'thisYear', 'lastYear'] as const;
export type QuickPeriod = (typeof quickPeriods)[number];

const pad = (value: number) => String(value).padStart(2, '0');

/** The last day of a month (1-12); day 0 of the next month, in UTC so no time zone shifts it. */
const lastDayOf = (year: number, month: number) => new Date(Date.UTC(year, month, 0)).getUTCDate();

/** Months are 1-12; `quarter` may run below 0 or above 3 and rolls into the adjacent year. */
function quarterPeriod(year: number, quarter: number): Period {
  const rolledYear = year + Math.floor(quarter / 4);
  const first = (((quarter % 4) + 4) % 4) * 3 + 1;
  const last = first + 2;
  return {
    from: `${rolledYear}-${pad(first)}-01`,
    to: `${rolledYear}-${pad(last)}-${pad(lastDayOf(rolledYear, last))}`,
  };
}

const yearPeriod = (year: number): Period => ({ from: `${year}-01-01`, to: `${year}-12-31` });

/** The calendar period a quick choice stands for on `today` (yyyy-mm-dd), both ends included. */
export function quickPeriod(choice: QuickPeriod, today: string): Period {
  const year = Number(today.slice(0, 4));
  const quarter = Math.floor((Number(today.slice(5, 7)) - 1) / 3);
  switch (choice) {
    case 'thisQuarter':
      return quarterPeriod(year, quarter);
    case 'lastQuarter':
      return quarterPeriod(year, quarter - 1);
    case 'thisYear':
      return yearPeriod(year);
    case 'lastYear':
      return yearPeriod(year - 1);
  }
}

/** Which quick choice, if any, a period is exactly, so the page can show that choice as the one in effect. */
export function matchingQuickPeriod(period: Partial<Period>, today: string): QuickPeriod | null {
  return (
    quickPeriods.find((choice) => {
      const candidate = quickPeriod(choice, today);
      return candidate.from === period.from && candidate.to === period.to;
    }) ?? null
  );
}

/** A period whose start lies after its end can hold nothing; the page says so rather than showing an empty table. */
export const isReversed = (period: Partial<Period>): boolean => Boolean(period.from && period.to && period.from > period.to);
