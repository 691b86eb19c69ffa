/** How many automatic backups to keep: the newest of each of the last N days, weeks and months that have one. */
export interface RetentionPolicy {
  daily: number;
  weekly: number;
  monthly: number;
}

export const defaultRetention: RetentionPolicy = { daily: 7, weekly: 4, monthly: 12 };

export interface DatedBackup {
  name: string;
  at: Date;
}

/** The board works in Dutch time; days and weeks change at local midnight, also across daylight saving. */
export const boardTimeZone = 'Europe/Amsterdam';

const formatters = new Map<string, Intl.DateTimeFormat>();

function localDate(at: Date, timeZone: string): { year: number; month: number; day: number } {
  let format = formatters.get(timeZone);
  if (!format) {
    format = new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' });
    formatters.set(timeZone, format);
  }
  const parts = Object.fromEntries(format.formatToParts(at).map((part) => [part.type, part.value]));
  return { year: Number(parts.year), month: Number(parts.month), day: Number(parts.day) };
}

/** ISO 8601 week: weeks start on Monday and belong to the year of their Thursday (so 31 Dec can be week 1). */
function isoWeek({ year, month, day }: { year: number; month: number; day: number }): string {
  const date = new Date(Date.UTC(year, month - 1, day));
  const weekday = (date.getUTCDay() + 6) % 7;
  date.setUTCDate(date.getUTCDate() + 3 - weekday);
  const weekYear = date.getUTCFullYear();
  const week = 1 + Math.floor((date.getTime() - Date.UTC(weekYear, 0, 1)) / 86_400_000 / 7);
  return `${weekYear}-W${week}`;
}

const periods = {
  daily: (d: { year: number; month: number; day: number }) => `${d.year}-${d.month}-${d.day}`,
  weekly: isoWeek,
  monthly: (d: { year: number; month: number }) => `${d.year}-${d.month}`,
} satisfies Record<keyof RetentionPolicy, (d: { year: number; month: number; day: number }) => string>;

/**
 * The backups to keep; the caller deletes the rest. Per rule, the newest backup
 * of each period counts, for as many periods as the rule says, counted over
 * periods that have a backup (as restic and borg do): a month without use
 * never empties the folder. The newest backup is always kept, and so is any
 * dated after `now`: a clock that jumped is no reason to delete.
 */
export function backupsToKeep(
  backups: readonly DatedBackup[],
  policy: RetentionPolicy,
  now: Date,
  timeZone: string = boardTimeZone,
): Set<string> {
  const newestFirst = [...backups].sort((a, b) => b.at.getTime() - a.at.getTime() || b.name.localeCompare(a.name));
  const keep = new Set<string>();
  const future = newestFirst.filter((backup) => backup.at.getTime() > now.getTime());
  for (const backup of future) keep.add(backup.name);
  const past = newestFirst.filter((backup) => backup.at.getTime() <= now.getTime());
  if (past[0]) keep.add(past[0].name);
  const dates = past.map((backup) => localDate(backup.at, timeZone));
  for (const rule of Object.keys(periods) as (keyof RetentionPolicy)[]) {
    let kept = 0;
    let last: string | null = null;
    for (let i = 0; i < past.length && kept < policy[rule]; i++) {
      const period = periods[rule](dates[i]!);
      if (period === last) continue;
      last = period;
      kept++;
      keep.add(past[i]!.name);
    }
  }
  return keep;
}
