import type { Screening } from './screeningSchema';
import type { ConsultLevel } from './templateSchema';

export const caseLinkFilters = ['case', 'noCase'] as const;
export type CaseLinkFilter = (typeof caseLinkFilters)[number];

/** '' shows all; 'inProgress' the screenings not yet completed. */
export interface ScreeningFilter {
  outcome: ConsultLevel | 'inProgress' | '';
  /** Whether the screening became a case; 'noCase' is every completed screening the board never received, whatever its outcome. */
  caseLink: CaseLinkFilter | '';
  department: string;
  /** yyyy-mm-dd bounds on the day the screening was completed (or last changed, while open), both inclusive; '' for none. */
  from: string;
  until: string;
}

export const defaultScreeningFilter: ScreeningFilter = { outcome: '', caseLink: '', department: '', from: '', until: '' };

/** The day a screening counts for: when it was completed, or while open, when it was last changed. */
export const screeningDay = (screening: Screening): string => (screening.completedAt ?? screening.updatedAt).slice(0, 10);

export function filterScreenings(screenings: readonly Screening[], filter: ScreeningFilter): Screening[] {
  return screenings.filter((screening) => {
    if (filter.outcome === 'inProgress' && screening.status !== 'inProgress') return false;
    if (filter.outcome !== '' && filter.outcome !== 'inProgress' && screening.summary?.consult !== filter.outcome) return false;
    if (filter.caseLink === 'case' && screening.caseId === null) return false;
    if (filter.caseLink === 'noCase' && (screening.status !== 'completed' || screening.caseId !== null)) return false;
    if (filter.department !== '' && screening.project.department !== filter.department) return false;
    const day = screeningDay(screening);
    if (filter.from !== '' && day < filter.from) return false;
    return filter.until === '' || day <= filter.until;
  });
}

/** The departments to filter on: every one named, sorted as Dutch sorts. */
export const screeningDepartments = (screenings: readonly Screening[]): string[] =>
  [...new Set(screenings.map((screening) => screening.project.department).filter((department) => department !== ''))].sort((a, b) => a.localeCompare(b, 'nl'));
