import type { Case } from '../cases/caseSchema';
import type { Advice } from './adviceSchema';
import { adviceFlags, conclusionDueOn, type AdviceFlags } from './deadlines';

/** One line of the advice register: the basis for the P&C report. */
export interface RegisterRow {
  caseId: string;
  reference: string;
  title: string;
  caseStatus: Case['status'];
  version: Advice['latest'];
  startedOn: string;
  issuedOn: string | null;
  conclusionDueOn: string | null;
  conclusion: Advice['conclusion'];
  followUp: Advice['followUp'];
  publishedOn: string | null;
  flags: AdviceFlags;
}

export interface Period {
  from: string;
  to: string;
}

export function registerRow(advice: Advice, kase: Case, today: string, termWeeks: number): RegisterRow {
  return {
    caseId: advice.caseId,
    reference: kase.reference,
    title: kase.title,
    caseStatus: kase.status,
    version: advice.latest,
    startedOn: advice.createdAt.slice(0, 10),
    issuedOn: advice.issuedOn,
    conclusionDueOn: advice.issuedOn === null ? null : conclusionDueOn(advice.issuedOn, termWeeks),
    conclusion: advice.conclusion,
    followUp: advice.followUp,
    publishedOn: advice.publication.publishedOn,
    flags: adviceFlags(advice, today, termWeeks),
  };
}

/**
 * The date a row counts under in a period: its issue date, or for an advice not
 * yet issued the day it was started, so work in progress shows in its period too.
 */
export const periodDate = (row: Pick<RegisterRow, 'issuedOn' | 'startedOn'>): string => row.issuedOn ?? row.startedOn;

/** Rows within the period (both ends included; an open end is unbounded), newest first. */
export function filterByPeriod<T extends Pick<RegisterRow, 'issuedOn' | 'startedOn'>>(
  rows: readonly T[],
  period: Partial<Period>,
): T[] {
  return rows
    .filter((row) => {
      const date = periodDate(row);
      return (!period.from || date >= period.from) && (!period.to || date <= period.to);
    })
    .sort((a, b) => periodDate(b).localeCompare(periodDate(a)));
}
