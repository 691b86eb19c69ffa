import { conclusionDecisions, followUpDecisions } from '../advice/adviceSchema';
import type { Period } from '../advice/register';
import type { Case } from '../cases/caseSchema';
import { toScreeningReport, type ScreeningReport } from '../screening/screeningReport';
import type { Screening } from '../screening/screeningSchema';
import { toAdviceExportModel, type AdviceExportModel, type AdviceSource } from './adviceExportModel';

/*
 * What the period report says, apart from how a format writes it: the
 * publication filter (publication/publicModel.ts) reads this, and only the
 * writers load a document library.
 */

/** Where an advice stands for the report: waiting for the owner's conclusion, or what the conclusion was. */
export const reportStatuses = ['awaiting_conclusion', ...conclusionDecisions] as const;
export type ReportStatus = (typeof reportStatuses)[number];
export const reportFollowUps = [...followUpDecisions, 'undecided'] as const;
export type ReportFollowUp = (typeof reportFollowUps)[number];

export interface PeriodReportSource {
  period: Period;
  bodyName: string;
  /** Every advice issued in the period, in the order the report lists them. */
  advices: readonly AdviceSource[];
  /** Every screening; the report counts those of the period. */
  screenings: readonly Screening[];
}

/** One advice in the report; a confidential case is there by reference and dates only. */
export interface ReportEntry {
  reference: string;
  /** "Vertrouwelijke casus" for a confidential case. */
  title: string;
  issuedOn: string | null;
  status: ReportStatus;
  followUp: ReportFollowUp;
  caseStatus: Case['status'];
  /** The public version of the advice; null for a confidential case. */
  advice: AdviceExportModel | null;
}

/** What the report is written from, before the publication filter (publication/publicModel.ts). */
export interface PeriodReportModel {
  period: Period;
  bodyName: string;
  entries: ReportEntry[];
  screenings: ScreeningReport;
}

export const reportStatusOf = (source: AdviceSource): ReportStatus => source.advice?.conclusion?.decision ?? 'awaiting_conclusion';
export const reportFollowUpOf = (source: AdviceSource): ReportFollowUp => source.advice?.followUp.decision ?? 'undecided';

/*
 * The report goes to the alderman and into the P&C cycle, so it shows what
 * may be published: each advice's public version. A confidential case is
 * counted and listed by reference, its content left out.
 */
export function toPeriodReportModel(source: PeriodReportSource): PeriodReportModel {
  return {
    period: source.period,
    bodyName: source.bodyName,
    entries: source.advices.map((advice) => {
      const confidential = advice.caseRecord.classification === 'vertrouwelijk';
      const result = toAdviceExportModel(advice, 'public');
      return {
        reference: advice.caseRecord.reference,
        title: confidential ? 'Vertrouwelijke casus' : advice.caseRecord.title,
        issuedOn: advice.advice?.issuedOn ?? null,
        status: reportStatusOf(advice),
        followUp: reportFollowUpOf(advice),
        caseStatus: advice.caseRecord.status,
        advice: result.ok ? result.model : null,
      };
    }),
    screenings: toScreeningReport(source.screenings, source.period),
  };
}
