import { documentFileName } from '../export/documentFile';
import { projectLeadRole } from '../export/documentTexts';
import { publicNames, toAdviceExportModel, type AdviceExportModel, type AdviceRefusal, type AdviceSource } from '../export/adviceExportModel';
import { toPeriodReportModel, type PeriodReportModel, type PeriodReportSource } from '../export/periodReport';
import type { NameRole } from './nameFinder';
import { createPublicFilter, type Finding, type PublicationContext } from './publicFilter';
import type { Filtered, PublicText } from './publicText';

/*
 * The public document model. Every public output is written from one of
 * these, and each is the filter's output: the advice in Word with its
 * document properties and file name, and the period report. A writer that
 * takes them cannot be handed text that skipped the filter.
 */
export type PublicAdvice = Filtered<AdviceExportModel> & { variant: 'public' };
export type PublicPeriodReport = Filtered<PeriodReportModel>;

/** What the filter needs besides the names, which each model brings itself. */
export type PublicationSettings = Omit<PublicationContext, 'names'>;

export type PublicAdviceResult =
  | { ok: true; advice: PublicAdvice; fileName: PublicText; findings: readonly Finding[] }
  | { ok: false; refusal: AdviceRefusal };

/** The file name made of filtered parts only. */
const publicFileName = (...parts: string[]) => documentFileName(...parts) as PublicText;

/** The advice as it may be published, with everything the filter found in it. */
export function toPublicAdvice(source: AdviceSource, settings: PublicationSettings): PublicAdviceResult {
  const result = toAdviceExportModel(source, 'public');
  if (!result.ok) return result;
  const filter = createPublicFilter({ ...settings, names: publicNames(source) });
  const advice = filter.filter({ ...result.model, variant: 'public' as const });
  return { ok: true, advice, fileName: publicFileName('advies', advice.reference, 'openbaar'), findings: filter.findings() };
}

/** Everyone the advices name, and whoever filled in a screening, shown as project lead. */
function everyone(source: PeriodReportSource): NameRole[] {
  const byName = new Map<string, NameRole>();
  const leads = source.screenings.map((screening) => ({ name: screening.project.filledInBy, role: projectLeadRole }));
  for (const name of [...source.advices.flatMap(publicNames), ...leads]) if (!byName.has(name.name)) byName.set(name.name, name);
  return [...byName.values()];
}

/**
 * The period report as it may be published. Nobody reviews it before it
 * goes out, so the filter replaces every match (strict), and a name known in
 * one advice or screening is replaced everywhere in the report.
 */
export function toPublicPeriodReport(source: PeriodReportSource, settings: PublicationSettings): { report: PublicPeriodReport; fileName: PublicText } {
  const filter = createPublicFilter({ ...settings, mode: 'strict', names: everyone(source) });
  const report = filter.filter(toPeriodReportModel(source));
  return { report, fileName: publicFileName('rapportage-adviezen', report.period.from, report.period.to) };
}
