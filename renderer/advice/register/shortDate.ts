import i18next from 'i18next';

const formatters = new Map<string, Intl.DateTimeFormat>();

/**
 * `2026-03-14` → `14 mrt 2026`: the register has eight columns of dates and
 * decisions, where the long month names of formatDate do not fit. Read as a
 * calendar day in UTC so no time zone shifts it.
 */
export function formatShortDate(isoDate: string): string {
  const locale = i18next.language === 'en' ? 'en-GB' : 'nl-NL';
  let formatter = formatters.get(locale);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat(locale, { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' });
    formatters.set(locale, formatter);
  }
  const [year, month, day] = isoDate.split('-').map(Number);
  return formatter.format(new Date(Date.UTC(year!, month! - 1, day!)));
}
