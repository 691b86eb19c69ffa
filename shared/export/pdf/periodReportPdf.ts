import { plainText } from '../../richText/plainText';
import type { PublicPeriodReport } from '../../publication/publicModel';
import { caseStatusLabels, conclusionLabels, formatDutchDate } from '../documentTexts';
import type { HouseStyle } from '../houseStyle';
import { followUpReportLabels, inShort, reportCounts, screeningSection, statusLabels, yielder, type ReportOptions } from '../periodReport';
import { PdfWriter, type PdfFonts, type PdfMeta } from './pdfWriter';
import { richTextToPdf } from './richTextToPdf';

type Entry = PublicPeriodReport['entries'][number];

function meta(report: PublicPeriodReport, now: Date): PdfMeta {
  const span = `${formatDutchDate(report.period.from)} tot en met ${formatDutchDate(report.period.to)}`;
  return {
    title: `Rapportage adviezen ${span}`,
    subject: `Uitgebrachte adviezen van het ${report.bodyName}, ${span}`,
    keywords: ['advies', 'rapportage', 'planning en control'],
    author: report.bodyName,
    createdAt: now,
    reference: null,
  };
}

function summary(report: PublicPeriodReport, pdf: PdfWriter) {
  const { byStatus, byFollowUp } = reportCounts(report.entries);
  pdf.heading(2, 'Samenvatting');
  pdf.labelled('Aantal uitgebrachte adviezen', String(report.entries.length));
  pdf.table({ header: ['Stand van de conclusie', 'Aantal'], rows: byStatus.map(([key, n]) => [statusLabels[key], String(n)]), fractions: [0.7, 0.3] });
  pdf.table({ header: ['Opvolging', 'Aantal'], rows: byFollowUp.map(([key, n]) => [followUpReportLabels[key], String(n)]), fractions: [0.7, 0.3] });
}

function overview(report: PublicPeriodReport, pdf: PdfWriter) {
  if (report.entries.length === 0) return;
  pdf.heading(2, 'Overzicht');
  pdf.table({
    header: ['Zaaknummer', 'Onderwerp', 'Uitgebracht', 'Conclusie', 'Opvolging'],
    rows: report.entries.map((e) => [e.reference, e.title, formatDutchDate(e.issuedOn), statusLabels[e.status], followUpReportLabels[e.followUp]]),
    fractions: [0.18, 0.34, 0.16, 0.16, 0.16],
  });
}

function screenings(report: PublicPeriodReport, pdf: PdfWriter) {
  const section = screeningSection(report.screenings);
  pdf.heading(2, section.heading);
  for (const [label, value] of section.figures) pdf.labelled(label, value);
  if (section.empty) pdf.emphasised(section.empty);
  for (const table of section.tables) {
    pdf.heading(3, table.heading);
    pdf.table(table);
  }
}

function adviceEntry(entry: Entry, pdf: PdfWriter) {
  pdf.heading(3, `${entry.reference} ${entry.title}`);
  pdf.labelled('Uitgebracht op', formatDutchDate(entry.issuedOn));
  pdf.labelled('Status', `${statusLabels[entry.status]}; casus: ${caseStatusLabels[entry.caseStatus].toLowerCase()}`);
  const model = entry.advice;
  if (!model) return pdf.emphasised('Vertrouwelijk advies: de inhoud is niet in dit overzicht opgenomen.');
  if (model.sections.topicSummary) {
    pdf.heading(4, 'Onderwerp');
    richTextToPdf(model.sections.topicSummary, pdf, 4);
  }
  if (model.recommendations.length) {
    pdf.heading(4, 'Aanbevelingen');
    pdf.bullets(model.recommendations.map((r) => inShort(plainText(r.text))));
  }
  pdf.heading(4, 'Conclusie');
  if (model.conclusion) {
    pdf.labelled('Besluit', conclusionLabels[model.conclusion.decision]);
    pdf.plainParagraphs(model.conclusion.reasons);
  } else pdf.emphasised('Nog niet ontvangen.');
  pdf.heading(4, 'Opvolging');
  pdf.labelled('Besluit', followUpReportLabels[entry.followUp]);
  if (model.followUp?.reReviewOn) pdf.labelled('Herbeoordeling', formatDutchDate(model.followUp.reReviewOn));
  if (model.followUp?.note) pdf.plainParagraphs(model.followUp.note);
}

/**
 * The period report as an accessible PDF/A-2a, from its public model only,
 * with the content of its Word version (periodReport.ts). Long: it reports
 * progress per advice, gives the event loop room between advices, and stops
 * with the signal's reason when cancelled.
 */
export async function buildPeriodReportPdf(
  report: PublicPeriodReport,
  style: HouseStyle,
  fonts: PdfFonts,
  options: ReportOptions = {},
): Promise<Uint8Array<ArrayBuffer>> {
  const { onProgress, signal, now = new Date() } = options;
  const total = report.entries.length;
  const pause = yielder();
  const pdf = new PdfWriter(meta(report, now), style, fonts);
  onProgress?.({ done: 0, total });
  if (style.logo) pdf.logo(style.logo);
  pdf.heading(1, `Rapportage adviezen ${formatDutchDate(report.period.from)} – ${formatDutchDate(report.period.to)}`);
  pdf.labelled('Adviesorgaan', report.bodyName);
  summary(report, pdf);
  overview(report, pdf);
  screenings(report, pdf);
  if (total === 0) pdf.emphasised('In deze periode zijn geen adviezen uitgebracht.');
  else pdf.heading(2, 'Adviezen');
  for (const [index, entry] of report.entries.entries()) {
    signal?.throwIfAborted();
    adviceEntry(entry, pdf);
    onProgress?.({ done: index + 1, total });
    await pause();
  }
  signal?.throwIfAborted();
  const bytes = await pdf.finish();
  signal?.throwIfAborted();
  return bytes;
}
