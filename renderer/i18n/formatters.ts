import i18next from 'i18next';

const locale = () => (i18next.language === 'en' ? 'en-GB' : 'nl-NL');

/* Building an Intl formatter costs far more than using one; long lists format thousands of dates. */
const formatters = new Map<string, Intl.DateTimeFormat>();
function formatter(options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = `${locale()}|${JSON.stringify(options)}`;
  let found = formatters.get(key);
  if (!found) {
    found = new Intl.DateTimeFormat(locale(), options);
    formatters.set(key, found);
  }
  return found;
}

/** Plain dates are read as calendar days, not instants, so no time zone shifts them. */
function calendarDay(isoDate: string, month: 'long' | 'short'): string {
  const [y, m, d] = isoDate.slice(0, 10).split('-').map(Number);
  return formatter({ day: 'numeric', month, year: 'numeric', timeZone: 'UTC' }).format(new Date(Date.UTC(y!, m! - 1, d!)));
}

/** `2026-03-14` → `14 maart 2026`. */
export const formatDate = (isoDate: string): string => calendarDay(isoDate, 'long');

/** `2026-03-14` → `14 mrt 2026`, for tables with many date columns where long month names do not fit. */
export const formatShortDate = (isoDate: string): string => calendarDay(isoDate, 'short');

export function formatDateTime(isoDateTime: string): string {
  return formatter({ dateStyle: 'long', timeStyle: 'short' }).format(new Date(isoDateTime));
}

/** A number with exactly `digits` decimals, in the interface's language: `4,47`. */
export function formatDecimal(value: number, digits: number): string {
  return new Intl.NumberFormat(locale(), { minimumFractionDigits: digits, maximumFractionDigits: digits }).format(value);
}

export function formatFileSize(bytes: number): string {
  const units = ['B', 'kB', 'MB', 'GB'];
  let size = bytes;
  let unit = 0;
  while (size >= 1024 && unit < units.length - 1) {
    size /= 1024;
    unit++;
  }
  return `${new Intl.NumberFormat(locale(), { maximumFractionDigits: unit === 0 ? 0 : 1 }).format(size)} ${units[unit]}`;
}

/** A wall-clock meeting time as typed (`2026-05-12T14:00`), shown without any time-zone conversion. */
export function formatDateTimeLocal(local: string): string {
  const [date, time = ''] = local.split('T');
  return `${formatDate(date!)} ${time.slice(0, 5)}`.trim();
}
