import type { Period } from '../advice/register';
import { screeningDay } from './screeningFilter';
import type { Screening } from './screeningSchema';
import { consultLevels, type ConsultLevel } from './templateSchema';

/** The screening section of a period report: how many, with which outcome, and how many became a case. */
export interface ScreeningReport {
  completed: number;
  /** Started in or before the period and not completed: work still under way. */
  open: number;
  byOutcome: Record<ConsultLevel, number>;
  becameCase: number;
  /** The share of completed screenings that became a case, 0 to 1; null when none was completed. */
  shareBecameCase: number | null;
}

/** Counts the screenings completed in the period (both ends inclusive), every outcome present so periods compare. */
export function toScreeningReport(screenings: readonly Screening[], period: Period): ScreeningReport {
  const inPeriod = (screening: Screening) => {
    const day = screeningDay(screening);
    return day >= period.from && day <= period.to;
  };
  const completed = screenings.filter((screening) => screening.status === 'completed' && inPeriod(screening));
  const byOutcome = Object.fromEntries(consultLevels.map((level) => [level, 0])) as Record<ConsultLevel, number>;
  for (const screening of completed) if (screening.summary) byOutcome[screening.summary.consult]++;
  const becameCase = completed.filter((screening) => screening.caseId !== null).length;
  return {
    completed: completed.length,
    open: screenings.filter((screening) => screening.status === 'inProgress' && screening.createdAt.slice(0, 10) <= period.to).length,
    byOutcome,
    becameCase,
    shareBecameCase: completed.length ? becameCase / completed.length : null,
  };
}
