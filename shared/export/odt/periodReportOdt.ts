import { plainText } from '../../richText/plainText';
import type { PublicPeriodReport } from '../../publication/publicModel';
import { caseStatusLabels, conclusionLabels, formatDutchDate } from '../documentTexts';
import type { HouseStyle } from '../houseStyle';
import { followUpReportLabels, inShort, periodReportMeta, reportCounts, screeningSection, statusLabels } from '../periodReport';
import type { Xml } from '../xmlWriter';
import { bullets, dataTable, emphasised, headingText, labelled, plainParagraphs, title } from './odtBlocks';
import { packOdt } from './odtPackage';
import { OdtWriter } from './odtWriter';
import { richTextToOdt } from './richTextToOdt';

type Entry = PublicPeriodReport['entries'][number];

function summary(writer: OdtWriter, report: PublicPeriodReport): Xml[] {
  const { byStatus, byFollowUp } = reportCounts(report.entries);
  return [
    headingText(writer, 1, 'Samenvatting'),
    labelled(writer, 'Aantal uitgebrachte adviezen', String(report.entries.length)),
    dataTable(writer, ['Stand van de conclusie', 'Aantal'], byStatus.map(([key, n]) => [statusLabels[key], String(n)]), [0.7, 0.3]),
    dataTable(writer, ['Opvolging', 'Aantal'], byFollowUp.map(([key, n]) => [followUpReportLabels[key], String(n)]), [0.7, 0.3]),
  ];
}

function overview(writer: OdtWriter, report: PublicPeriodReport): Xml[] {
  if (report.entries.length === 0) return [];
  return [
    headingText(writer, 1, 'Overzicht'),
    dataTable(
      writer,
      ['Zaaknummer', 'Onderwerp', 'Uitgebracht', 'Conclusie', 'Opvolging'],
      report.entries.map((e) => [e.reference, e.title, formatDutchDate(e.issuedOn), statusLabels[e.status], followUpReportLabels[e.followUp]]),
      [0.18, 0.34, 0.16, 0.16, 0.16],
    ),
  ];
}

function screenings(writer: OdtWriter, report: PublicPeriodReport): Xml[] {
  const section = screeningSection(report.screenings);
  return [
    headingText(writer, 1, section.heading),
    ...section.figures.map(([label, value]) => labelled(writer, label, value)),
    ...(section.empty ? [emphasised(writer, section.empty)] : []),
    ...section.tables.flatMap((table) => [headingText(writer, 2, table.heading), dataTable(writer, table.header, table.rows, table.fractions)]),
  ];
}

function adviceEntry(writer: OdtWriter, entry: Entry): Xml[] {
  const head = [
    headingText(writer, 2, `${entry.reference} ${entry.title}`),
    labelled(writer, 'Uitgebracht op', formatDutchDate(entry.issuedOn)),
    labelled(writer, 'Status', `${statusLabels[entry.status]}; casus: ${caseStatusLabels[entry.caseStatus].toLowerCase()}`),
  ];
  const model = entry.advice;
  if (!model) return [...head, emphasised(writer, 'Vertrouwelijk advies: de inhoud is niet in dit overzicht opgenomen.')];
  const out: Xml[] = [...head];
  if (model.sections.topicSummary) out.push(headingText(writer, 3, 'Onderwerp'), ...richTextToOdt(writer, model.sections.topicSummary));
  if (model.recommendations.length) out.push(headingText(writer, 3, 'Aanbevelingen'), bullets(model.recommendations.map((r) => inShort(plainText(r.text)))));
  out.push(headingText(writer, 3, 'Conclusie'));
  if (model.conclusion) out.push(labelled(writer, 'Besluit', conclusionLabels[model.conclusion.decision]), ...plainParagraphs(model.conclusion.reasons));
  else out.push(emphasised(writer, 'Nog niet ontvangen.'));
  out.push(headingText(writer, 3, 'Opvolging'), labelled(writer, 'Besluit', followUpReportLabels[entry.followUp]));
  if (model.followUp?.reReviewOn) out.push(labelled(writer, 'Herbeoordeling', formatDutchDate(model.followUp.reReviewOn)));
  if (model.followUp?.note) out.push(...plainParagraphs(model.followUp.note));
  return out;
}

/** The period report as an OpenDocument text, from the same public model and with the same properties as the Word report. */
export function buildPeriodReportOdt(report: PublicPeriodReport, style: HouseStyle, now = new Date()): Uint8Array<ArrayBuffer> {
  const writer = new OdtWriter(style.accentColor);
  const head = [
    title(`Rapportage adviezen ${formatDutchDate(report.period.from)} – ${formatDutchDate(report.period.to)}`),
    labelled(writer, 'Adviesorgaan', report.bodyName),
    ...summary(writer, report),
    ...overview(writer, report),
    ...screenings(writer, report),
  ];
  // Headings are made in document order: each one's level depends on the heading before it.
  const entries = report.entries.length
    ? [headingText(writer, 1, 'Adviezen'), ...report.entries.flatMap((entry) => adviceEntry(writer, entry))]
    : [emphasised(writer, 'In deze periode zijn geen adviezen uitgebracht.')];
  return packOdt({ meta: periodReportMeta(report, now), style, writer, body: [...head, ...entries] });
}
