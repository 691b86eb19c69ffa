import { documentFileName, documentFileNameAs } from '../export/documentFile';
import { projectLeadRole } from '../export/documentTexts';
import { publicNames, toAdviceExportModel, type AdviceExportModel, type AdviceRefusal, type AdviceSource } from '../export/adviceExportModel';
import { toPeriodReportModel, type PeriodReportModel, type PeriodReportSource } from '../export/periodReportModel';
import { toPublicationRegisterRows, type PublicationRegisterRow, type PublishedAdvice } from '../export/publicationRegister';
import { createLinkPolicy } from './linkPolicy';
import type { NameRole } from './nameFinder';
import { createPublicFilter, type Finding, type PublicationContext } from './publicFilter';
import type { Filtered, PublicText } from './publicText';

/*
 * The public document model. Every public output is written from one of
 * these, and each is the filter's output: the advice in Word with its
 * document properties and file name, the period report and the publication
 * register. A writer that takes them cannot be handed text that skipped the
 * filter.
 */
export type PublicAdvice = Filtered<AdviceExportModel> & { variant: 'public' };
export type PublicPeriodReport = Filtered<PeriodReportModel>;

/**
 * A row of the register with its file's SHA-256. The fingerprint skips the
 * filter: it is 64 hexadecimal digits and nothing else (toPublicRegister
 * checks), so it names nobody, and the filter would take a run of its digits
 * for a phone number or a BSN and break the proof it is there for.
 */
export type PublicRegisterRow = Filtered<PublicationRegisterRow> & { sha256: string };
export interface PublicRegister {
  rows: PublicRegisterRow[];
}

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

/** Everyone the advices name, and whoever else is named (a screening's project lead), each once. */
function everyone(advices: readonly AdviceSource[], others: readonly NameRole[] = []): NameRole[] {
  const byName = new Map<string, NameRole>();
  for (const name of [...advices.flatMap(publicNames), ...others]) if (!byName.has(name.name)) byName.set(name.name, name);
  return [...byName.values()];
}

/**
 * The period report as it may be published. Nobody reviews it before it
 * goes out, so the filter replaces every match (strict), and a name known in
 * one advice or screening is replaced everywhere in the report.
 */
export function toPublicPeriodReport(source: PeriodReportSource, settings: PublicationSettings): { report: PublicPeriodReport; fileName: PublicText } {
  const leads = source.screenings.map((screening) => ({ name: screening.project.filledInBy, role: projectLeadRole }));
  const filter = createPublicFilter({ ...settings, mode: 'strict', names: everyone(source.advices, leads) });
  const report = filter.filter(toPeriodReportModel(source));
  return { report, fileName: publicFileName('rapportage-adviezen', report.period.from, report.period.to) };
}

const fingerprint = /^[0-9a-f]{64}$/;

/**
 * The publication register as it may be published: every published advice
 * with its public files. As the period report, it goes out unreviewed, so
 * every match is replaced; a publication address stays only where the link
 * policy keeps a link's address. `on` dates the file name.
 */
export function toPublicRegister(advices: readonly PublishedAdvice[], settings: PublicationSettings, on: string): { register: PublicRegister; fileName: PublicText } {
  const names = everyone(advices.map((a) => a.source));
  const filter = createPublicFilter({ ...settings, mode: 'strict', names });
  const links = createLinkPolicy(
    names.map((n) => n.name),
    settings.linkDomains,
  );
  const found = toPublicationRegisterRows(advices, (url) => links.keepsLink(url));
  const rows = filter.filter(found.map((f) => f.row)).map((row, i) => ({ ...row, sha256: fingerprint.test(found[i]!.sha256) ? found[i]!.sha256 : '' }));
  return { register: { rows }, fileName: documentFileNameAs('csv', 'publicatieregister', filter.filter(on)) as PublicText };
}
