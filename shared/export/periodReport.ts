import { conclusionDecisions, followUpDecisions } from '../advice/adviceSchema';
import type { Period } from '../advice/register';
import { plainText } from '../richText/plainText';
import { toAdviceExportModel, type AdviceSource } from './adviceExportModel';
import { bullets, dataTable, emphasised, heading, labelled, plainParagraphs, spacer, title } from './documentBlocks';
import { contentWidth } from './documentStyles';
import { caseStatusLabels, conclusionLabels, followUpLabels, formatDutchDate } from './documentTexts';
import { packDocument, type DocumentMeta } from './docxPackage';
import type { HouseStyle } from './houseStyle';
import { ListNumbering } from './listNumbering';
import { richTextToDocx, type Block, type RichTextContext } from './richTextToDocx';

/** Where an advice stands for the report: waiting for the owner's conclusion, or what the conclusion was. */
export const reportStatuses = ['awaiting_conclusion', ...conclusionDecisions] as const;
export type ReportStatus = (typeof reportStatuses)[number];
export const reportFollowUps = [...followUpDecisions, 'undecided'] as const;
export type ReportFollowUp = (typeof reportFollowUps)[number];

const statusLabels: Record<ReportStatus, string> = { awaiting_conclusion: 'Wacht op conclusie', ...conclusionLabels };
const followUpReportLabels: Record<ReportFollowUp, string> = { ...followUpLabels, undecided: 'Nog niet besproken' };

export interface PeriodReportSource {
  period: Period;
  bodyName: string;
  /** Every advice issued in the period, in the order the report lists them. */
  advices: readonly AdviceSource[];
}

export interface ReportProgress {
  done: number;
  total: number;
}

export interface ReportOptions {
  onProgress?: (progress: ReportProgress) => void;
  signal?: AbortSignal;
  now?: Date;
}

export const reportStatusOf = (source: AdviceSource): ReportStatus => source.advice?.conclusion?.decision ?? 'awaiting_conclusion';
export const reportFollowUpOf = (source: AdviceSource): ReportFollowUp => source.advice?.followUp.decision ?? 'undecided';

/** Counts per status and per follow-up, every category present (zero included) so periods compare row by row. */
export function reportCounts(advices: readonly AdviceSource[]) {
  const count = <K extends string>(keys: readonly K[], of: (s: AdviceSource) => K) =>
    keys.map((key) => [key, advices.filter((s) => of(s) === key).length] as const);
  return { byStatus: count(reportStatuses, reportStatusOf), byFollowUp: count(reportFollowUps, reportFollowUpOf) };
}

/** A recommendation in short: its first ~200 characters, cut at a word. */
export function inShort(text: string, limit = 200): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  if (flat.length <= limit) return flat;
  const cut = flat.slice(0, limit);
  return `${cut.slice(0, Math.max(cut.lastIndexOf(' '), limit * 0.6))}…`;
}

function summary(source: PeriodReportSource, accent: string): Block[] {
  const { byStatus, byFollowUp } = reportCounts(source.advices);
  const total = source.advices.length;
  return [
    heading(1, 'Samenvatting'),
    labelled('Aantal uitgebrachte adviezen', String(total)),
    dataTable(['Stand van de conclusie', 'Aantal'], byStatus.map(([key, n]) => [statusLabels[key], String(n)]), [0.7, 0.3], accent),
    spacer(),
    dataTable(['Opvolging', 'Aantal'], byFollowUp.map(([key, n]) => [followUpReportLabels[key], String(n)]), [0.7, 0.3], accent),
    spacer(),
  ];
}

function overview(source: PeriodReportSource, accent: string): Block[] {
  if (source.advices.length === 0) return [];
  return [
    heading(1, 'Overzicht'),
    dataTable(
      ['Zaaknummer', 'Onderwerp', 'Uitgebracht', 'Conclusie', 'Opvolging'],
      source.advices.map((s) => [
        s.caseRecord.reference,
        s.caseRecord.classification === 'vertrouwelijk' ? 'Vertrouwelijke casus' : s.caseRecord.title,
        formatDutchDate(s.advice?.issuedOn),
        statusLabels[reportStatusOf(s)],
        followUpReportLabels[reportFollowUpOf(s)],
      ]),
      [0.18, 0.34, 0.16, 0.16, 0.16],
      accent,
    ),
    spacer(),
  ];
}

/*
 * The report goes to the alderman and into the P&C cycle, so it shows what
 * may be published: each advice's public version. A confidential case is
 * counted and listed by reference, its content left out.
 */
function adviceEntry(source: AdviceSource, context: RichTextContext): Block[] {
  const { caseRecord, advice } = source;
  const head = [
    heading(2, `${caseRecord.reference} ${caseRecord.classification === 'vertrouwelijk' ? 'Vertrouwelijke casus' : caseRecord.title}`),
    labelled('Uitgebracht op', formatDutchDate(advice?.issuedOn)),
    labelled('Status', `${statusLabels[reportStatusOf(source)]}; casus: ${caseStatusLabels[caseRecord.status].toLowerCase()}`),
  ];
  const result = toAdviceExportModel(source, 'public');
  if (!result.ok) return [...head, emphasised('Vertrouwelijk advies: de inhoud is niet in dit overzicht opgenomen.')];
  const model = result.model;
  const out: Block[] = [...head];
  if (model.sections.topicSummary) out.push(heading(3, 'Onderwerp'), ...richTextToDocx(model.sections.topicSummary, context));
  if (model.recommendations.length) {
    out.push(heading(3, 'Aanbevelingen'), ...bullets(model.recommendations.map((r) => inShort(plainText(r.text))), context.lists));
  }
  out.push(heading(3, 'Conclusie'));
  if (model.conclusion) {
    out.push(labelled('Besluit', conclusionLabels[model.conclusion.decision]), ...plainParagraphs(model.conclusion.reasons));
  } else out.push(emphasised('Nog niet ontvangen.'));
  out.push(heading(3, 'Opvolging'), labelled('Besluit', followUpReportLabels[reportFollowUpOf(source)]));
  if (model.followUp?.reReviewOn) out.push(labelled('Herbeoordeling', formatDutchDate(model.followUp.reReviewOn)));
  if (model.followUp?.note) out.push(...plainParagraphs(model.followUp.note));
  return out;
}

function meta(source: PeriodReportSource, now: Date): DocumentMeta {
  const span = `${formatDutchDate(source.period.from)} tot en met ${formatDutchDate(source.period.to)}`;
  return {
    title: `Rapportage adviezen ${span}`,
    subject: `Uitgebrachte adviezen van het ${source.bodyName}, ${span}`,
    description: `${source.advices.length} ${source.advices.length === 1 ? 'advies' : 'adviezen'} met conclusie en opvolging`,
    keywords: ['advies', 'rapportage', 'planning en control'],
    creator: source.bodyName,
    reference: null,
    createdAt: now,
    custom: {
      Informatiecategorie: 'advies',
      Documentsoort: 'rapportage',
      Periode: `${source.period.from}/${source.period.to}`,
      Classificatie: 'Openbaar',
      Datum: now.toISOString().slice(0, 10),
    },
  };
}

/** Lets the page paint and take a click on Cancel; only after a slice of work, so the report does not crawl. */
function yielder(slice = 12) {
  let last = performance.now();
  return async () => {
    if (performance.now() - last < slice) return;
    await new Promise((resolve) => setTimeout(resolve, 0));
    last = performance.now();
  };
}

/**
 * The period report for the P&C cycle and the alderman. Long: it reports
 * progress per advice, gives the event loop room between advices, and stops
 * with the signal's reason when cancelled.
 */
export async function buildPeriodReport(source: PeriodReportSource, style: HouseStyle, options: ReportOptions = {}): Promise<Uint8Array<ArrayBuffer>> {
  const { onProgress, signal, now = new Date() } = options;
  const total = source.advices.length;
  const lists = new ListNumbering();
  const context: RichTextContext = { lists, width: contentWidth, accent: style.accentColor };
  const pause = yielder();
  const entries: Block[] = [];
  onProgress?.({ done: 0, total });
  for (const [index, advice] of source.advices.entries()) {
    signal?.throwIfAborted();
    entries.push(...adviceEntry(advice, context));
    onProgress?.({ done: index + 1, total });
    await pause();
  }
  signal?.throwIfAborted();
  const body = [
    title(`Rapportage adviezen ${formatDutchDate(source.period.from)} – ${formatDutchDate(source.period.to)}`),
    labelled('Adviesorgaan', source.bodyName),
    ...summary(source, style.accentColor),
    ...overview(source, style.accentColor),
    ...(entries.length ? [heading(1, 'Adviezen'), ...entries] : [emphasised('In deze periode zijn geen adviezen uitgebracht.')]),
  ];
  const bytes = await packDocument({ meta: meta(source, now), style, body, numbering: lists.definitions() });
  signal?.throwIfAborted();
  return bytes;
}
