import { plainText } from '../richText/plainText';
import type { PublicPeriodReport } from '../publication/publicModel';
import { aiActClasses, consultLevels, screeningInstruments } from '../screening/templateSchema';
import { bullets, dataTable, emphasised, heading, labelled, plainParagraphs, title } from './documentBlocks';
import { contentWidth } from './documentStyles';
import { reportFollowUps, reportStatuses, type ReportEntry, type ReportFollowUp, type ReportStatus } from './periodReportModel';
import {
  aiActClassLabels,
  caseStatusLabels,
  conclusionLabels,
  consultLevelLabels,
  followUpLabels,
  formatDutchDate,
  instrumentLabels,
} from './documentTexts';
import { packDocument, type DocumentMeta } from './docxPackage';
import type { HouseStyle } from './houseStyle';
import { ListNumbering } from './listNumbering';
import { richTextToDocx, type Block, type RichTextContext } from './richTextToDocx';

export const statusLabels: Record<ReportStatus, string> = { awaiting_conclusion: 'Wacht op conclusie', ...conclusionLabels };
export const followUpReportLabels: Record<ReportFollowUp, string> = { ...followUpLabels, undecided: 'Nog niet besproken' };

export interface ReportProgress {
  done: number;
  total: number;
}

export interface ReportOptions {
  onProgress?: (progress: ReportProgress) => void;
  signal?: AbortSignal;
  now?: Date;
}

/** Counts per status and per follow-up, every category present (zero included) so periods compare row by row. */
export function reportCounts(entries: readonly Pick<ReportEntry, 'status' | 'followUp'>[]) {
  const count = <K extends string>(keys: readonly K[], of: (e: Pick<ReportEntry, 'status' | 'followUp'>) => K) =>
    keys.map((key) => [key, entries.filter((e) => of(e) === key).length] as const);
  return { byStatus: count(reportStatuses, (e) => e.status), byFollowUp: count(reportFollowUps, (e) => e.followUp) };
}

/** A recommendation in short: its first ~200 characters, cut at a word. */
export function inShort(text: string, limit = 200): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  if (flat.length <= limit) return flat;
  const cut = flat.slice(0, limit);
  return `${cut.slice(0, Math.max(cut.lastIndexOf(' '), limit * 0.6))}…`;
}

type Entry = PublicPeriodReport['entries'][number];

export interface ReportTable {
  heading: string;
  header: readonly string[];
  rows: readonly (readonly string[])[];
  fractions: readonly number[];
}

/** The screening section, the same in every format: figures, then the tables of counts (none when nothing was completed). */
export interface ScreeningSection {
  heading: string;
  figures: readonly (readonly [string, string])[];
  empty: string | null;
  tables: readonly ReportTable[];
}

const percentage = (share: number | null) => (share === null ? '' : ` (${Math.round(share * 100)}%)`);

export function screeningSection(screenings: PublicPeriodReport['screenings']): ScreeningSection {
  const figures = [
    ['Afgeronde screenings', String(screenings.completed)],
    ['Daarvan als casus bij het adviesorgaan', `${screenings.becameCase}${percentage(screenings.shareBecameCase)}`],
    ['Daarvan niet als casus ingebracht', String(screenings.notBrought)],
    ['Nog niet afgeronde screenings', String(screenings.open)],
  ] as const;
  if (screenings.completed === 0) return { heading: 'Screenings', figures, empty: 'In deze periode is geen screening afgerond.', tables: [] };
  const count = (n: number) => String(n);
  return {
    heading: 'Screenings',
    figures,
    empty: null,
    tables: [
      {
        heading: 'Uitkomst',
        header: ['Adviesorgaan raadplegen', 'Aantal'],
        rows: [...consultLevels].reverse().map((level) => [consultLevelLabels[level], count(screenings.byOutcome[level])]),
        fractions: [0.7, 0.3],
      },
      {
        heading: 'Instrumenten uit de screening',
        header: ['Instrument', 'Aantal'],
        rows: screeningInstruments.map((instrument) => [instrumentLabels[instrument], count(screenings.byInstrument[instrument])]),
        fractions: [0.7, 0.3],
      },
      {
        heading: 'AI-verordening',
        header: ['Risicoklasse', 'Aantal'],
        rows: ([...[...aiActClasses].reverse(), 'none'] as const).map((aiClass) => [aiActClassLabels[aiClass], count(screenings.byAiActClass[aiClass])]),
        fractions: [0.7, 0.3],
      },
      {
        heading: 'Per afdeling',
        header: ['Afdeling', 'Gescreend', 'Casus', 'Geen casus'],
        rows: screenings.byDepartment.map((d) => [d.department || 'Geen afdeling opgegeven', count(d.completed), count(d.becameCase), count(d.completed - d.becameCase)]),
        fractions: [0.46, 0.18, 0.18, 0.18],
      },
    ],
  };
}

function screeningBlocks(report: PublicPeriodReport, accent: string): Block[] {
  const section = screeningSection(report.screenings);
  return [
    heading(1, section.heading),
    ...section.figures.map(([label, value]) => labelled(label, value)),
    ...(section.empty ? [emphasised(section.empty)] : []),
    ...section.tables.flatMap((table) => [heading(2, table.heading), dataTable(table.header, table.rows, table.fractions, accent)]),
  ];
}

function summary(report: PublicPeriodReport, accent: string): Block[] {
  const { byStatus, byFollowUp } = reportCounts(report.entries);
  return [
    heading(1, 'Samenvatting'),
    labelled('Aantal uitgebrachte adviezen', String(report.entries.length)),
    heading(2, 'Conclusies'),
    dataTable(['Stand van de conclusie', 'Aantal'], byStatus.map(([key, n]) => [statusLabels[key], String(n)]), [0.7, 0.3], accent),
    heading(2, 'Opvolging'),
    dataTable(['Opvolging', 'Aantal'], byFollowUp.map(([key, n]) => [followUpReportLabels[key], String(n)]), [0.7, 0.3], accent),
  ];
}

function overview(report: PublicPeriodReport, accent: string): Block[] {
  if (report.entries.length === 0) return [];
  return [
    heading(1, 'Overzicht'),
    dataTable(
      ['Zaaknummer', 'Onderwerp', 'Uitgebracht', 'Conclusie', 'Opvolging'],
      report.entries.map((e) => [e.reference, e.title, formatDutchDate(e.issuedOn), statusLabels[e.status], followUpReportLabels[e.followUp]]),
      [0.18, 0.34, 0.16, 0.16, 0.16],
      accent,
    ),
  ];
}

function adviceEntry(entry: Entry, context: RichTextContext): Block[] {
  const head = [
    heading(2, `${entry.reference} ${entry.title}`),
    labelled('Uitgebracht op', formatDutchDate(entry.issuedOn)),
    labelled('Status', `${statusLabels[entry.status]}; casus: ${caseStatusLabels[entry.caseStatus].toLowerCase()}`),
  ];
  const model = entry.advice;
  if (!model) return [...head, emphasised('Vertrouwelijk advies: de inhoud is niet in dit overzicht opgenomen.')];
  const out: Block[] = [...head];
  if (model.sections.topicSummary) out.push(heading(3, 'Onderwerp'), ...richTextToDocx(model.sections.topicSummary, context, { under: 3 }));
  if (model.recommendations.length) {
    out.push(heading(3, 'Aanbevelingen'), ...bullets(model.recommendations.map((r) => inShort(plainText(r.text))), context.lists));
  }
  out.push(heading(3, 'Conclusie'));
  if (model.conclusion) {
    out.push(labelled('Besluit', conclusionLabels[model.conclusion.decision]), ...plainParagraphs(model.conclusion.reasons));
  } else out.push(emphasised('Nog niet ontvangen.'));
  out.push(heading(3, 'Opvolging'), labelled('Besluit', followUpReportLabels[entry.followUp]));
  if (model.followUp?.reReviewOn) out.push(labelled('Herbeoordeling', formatDutchDate(model.followUp.reReviewOn)));
  if (model.followUp?.note) out.push(...plainParagraphs(model.followUp.note));
  return out;
}

export function periodReportMeta(report: PublicPeriodReport, now: Date): DocumentMeta {
  const span = `${formatDutchDate(report.period.from)} tot en met ${formatDutchDate(report.period.to)}`;
  const count = report.entries.length;
  return {
    title: `Rapportage adviezen ${span}`,
    subject: `Uitgebrachte adviezen van het ${report.bodyName}, ${span}`,
    description: `${count} ${count === 1 ? 'advies' : 'adviezen'} met conclusie en opvolging`,
    keywords: ['advies', 'rapportage', 'planning en control'],
    creator: report.bodyName,
    reference: null,
    createdAt: now,
    custom: {
      Informatiecategorie: 'advies',
      Documentsoort: 'rapportage',
      Periode: `${report.period.from}/${report.period.to}`,
      Classificatie: 'Openbaar',
      Datum: now.toISOString().slice(0, 10),
    },
  };
}

/** Lets the page paint and take a click on Cancel; only after a slice of work, so the report does not crawl. */
export function yielder(slice = 12) {
  let last = performance.now();
  return async () => {
    if (performance.now() - last < slice) return;
    await new Promise((resolve) => setTimeout(resolve, 0));
    last = performance.now();
  };
}

/**
 * The period report for the P&C cycle and the alderman, written from its
 * public model only. Long: it reports progress per advice, gives the event
 * loop room between advices, and stops with the signal's reason when
 * cancelled.
 */
export async function buildPeriodReport(report: PublicPeriodReport, style: HouseStyle, options: ReportOptions = {}): Promise<Uint8Array<ArrayBuffer>> {
  const { onProgress, signal, now = new Date() } = options;
  const total = report.entries.length;
  const lists = new ListNumbering();
  const context: RichTextContext = { lists, width: contentWidth, accent: style.accentColor };
  const pause = yielder();
  const entries: Block[] = [];
  onProgress?.({ done: 0, total });
  for (const [index, entry] of report.entries.entries()) {
    signal?.throwIfAborted();
    entries.push(...adviceEntry(entry, context));
    onProgress?.({ done: index + 1, total });
    await pause();
  }
  signal?.throwIfAborted();
  const body = [
    title(`Rapportage adviezen ${formatDutchDate(report.period.from)} – ${formatDutchDate(report.period.to)}`),
    labelled('Adviesorgaan', report.bodyName),
    ...summary(report, style.accentColor),
    ...overview(report, style.accentColor),
    ...screeningBlocks(report, style.accentColor),
    ...(entries.length ? [heading(1, 'Adviezen'), ...entries] : [emphasised('In deze periode zijn geen adviezen uitgebracht.')]),
  ];
  const bytes = await packDocument({ meta: periodReportMeta(report, now), style, body, numbering: lists.definitions() });
  signal?.throwIfAborted();
  return bytes;
}
