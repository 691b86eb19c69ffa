import type { Period } from '../advice/register';
import { screeningDay } from './screeningFilter';
import type { Screening } from './screeningSchema';
import { aiActClasses, consultLevels, screeningInstruments, type AiActClass, type ConsultLevel, type ScreeningInstrument } from './templateSchema';

/** One department's screenings in the period; '' gathers those that named none. */
export interface DepartmentCount {
  department: string;
  completed: number;
  becameCase: number;
}

/** The screening section of a period report: how many, with which outcome, and how many became a case. */
export interface ScreeningReport {
  completed: number;
  /** Started in or before the period and not completed: work still under way. */
  open: number;
  byOutcome: Record<ConsultLevel, number>;
  becameCase: number;
  /** Completed and not (yet) a case: the projects the board would otherwise never hear of. */
  notBrought: number;
  /** The share of completed screenings that became a case, 0 to 1; null when none was completed. */
  shareBecameCase: number | null;
  /** How many completed screenings named each instrument. */
  byInstrument: Record<ScreeningInstrument, number>;
  /** How many completed screenings came to each AI Act class; `none` when the answers showed no AI system. */
  byAiActClass: Record<AiActClass | 'none', number>;
  /** Sorted as Dutch sorts, the screenings without a department last. */
  byDepartment: DepartmentCount[];
}

const zeros = <K extends string>(keys: readonly K[]) => Object.fromEntries(keys.map((key) => [key, 0])) as Record<K, number>;

function byDepartment(completed: readonly Screening[]): DepartmentCount[] {
  const counts = new Map<string, DepartmentCount>();
  for (const screening of completed) {
    const department = screening.project.department;
    const count = counts.get(department) ?? { department, completed: 0, becameCase: 0 };
    count.completed++;
    if (screening.caseId !== null) count.becameCase++;
    counts.set(department, count);
  }
  const unnamedLast = (a: DepartmentCount, b: DepartmentCount) => Number(a.department === '') - Number(b.department === '') || a.department.localeCompare(b.department, 'nl');
  return [...counts.values()].sort(unnamedLast);
}

/** Counts the screenings completed in the period (both ends inclusive), every category present so periods compare. */
export function toScreeningReport(screenings: readonly Screening[], period: Period): ScreeningReport {
  const inPeriod = (screening: Screening) => {
    const day = screeningDay(screening);
    return day >= period.from && day <= period.to;
  };
  const completed = screenings.filter((screening) => screening.status === 'completed' && inPeriod(screening));
  const byOutcome = zeros(consultLevels);
  const byInstrument = zeros(screeningInstruments);
  const byAiActClass = zeros([...aiActClasses, 'none'] as const);
  for (const { summary } of completed) {
    if (!summary) continue;
    byOutcome[summary.consult]++;
    for (const instrument of new Set(summary.instruments)) byInstrument[instrument]++;
    byAiActClass[summary.aiActClass ?? 'none']++;
  }
  const becameCase = completed.filter((screening) => screening.caseId !== null).length;
  return {
    completed: completed.length,
    open: screenings.filter((screening) => screening.status === 'inProgress' && screening.createdAt.slice(0, 10) <= period.to).length,
    byOutcome,
    becameCase,
    notBrought: completed.length - becameCase,
    shareBecameCase: completed.length ? becameCase / completed.length : null,
    byInstrument,
    byAiActClass,
    byDepartment: byDepartment(completed),
  };
}
