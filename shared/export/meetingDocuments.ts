import type { RichText } from '../cases/caseSchema';
import type { DeliberationSummary } from './deliberationSummary';
import { bullets, dataTable, emphasised, heading, labelled, labelTable, plainParagraphs, title } from './documentBlocks';
import { contentWidth } from './documentStyles';
import { formatDutchDate, formatDutchDateTime, internalMarkingOf } from './documentTexts';
import { packDocument, type DocumentMeta } from './docxPackage';
import type { HouseStyle } from './houseStyle';
import { ListNumbering } from './listNumbering';
import { richTextToDocx, type Block, type RichTextContext } from './richTextToDocx';

export interface MeetingItemExport {
  reference: string;
  caseTitle: string;
  plannedMinutes: number;
  method: string;
  record: DeliberationSummary | null;
  notes: RichText | null;
  actions: { what: string; owner: string; dueOn: string; done: boolean }[];
}

/** A meeting as its agenda and minutes show it. Internal documents: people are named. */
export interface MeetingExportModel {
  title: string;
  startsAt: string;
  location: string;
  bodyName: string;
  present: string[];
  absent: string[];
  items: MeetingItemExport[];
}

export type MeetingDocumentKind = 'agenda' | 'minutes';

function meta(model: MeetingExportModel, kind: MeetingDocumentKind, now: Date): DocumentMeta {
  const what = kind === 'agenda' ? 'Agenda' : 'Verslag';
  return {
    title: `${what}: ${model.title}`,
    subject: `${what} van de vergadering van ${formatDutchDate(model.startsAt)}`,
    description: model.items.map((item) => `${item.reference} ${item.caseTitle}`).join('; '),
    keywords: ['vergadering', kind === 'agenda' ? 'agenda' : 'verslag', ...model.items.map((item) => item.reference)],
    creator: model.bodyName,
    reference: null,
    createdAt: now,
    custom: {
      Informatiecategorie: 'vergaderstukken',
      Documentsoort: kind === 'agenda' ? 'agenda' : 'verslag',
      Datum: model.startsAt.slice(0, 10),
      Classificatie: 'Intern',
    },
  };
}

function heads(model: MeetingExportModel, kind: MeetingDocumentKind, accent: string): Block[] {
  const rows: [string, string][] = [
    ['Datum en tijd', formatDutchDateTime(model.startsAt)],
    ['Plaats', model.location],
    [kind === 'agenda' ? 'Genodigden' : 'Aanwezig', model.present.join(', ')],
    ...(kind === 'minutes' ? [['Afwezig', model.absent.join(', ')] as [string, string]] : []),
  ];
  return [title(`${kind === 'agenda' ? 'Agenda' : 'Verslag'}: ${model.title}`), labelTable(rows, accent)];
}

function agendaBody(model: MeetingExportModel, accent: string): Block[] {
  if (model.items.length === 0) return [emphasised('Er staan geen casussen op de agenda.')];
  return [
    heading(1, 'Agendapunten'),
    dataTable(
      ['Nr.', 'Zaaknummer', 'Onderwerp', 'Methode', 'Min.'],
      model.items.map((item, i) => [String(i + 1), item.reference, item.caseTitle, item.method, String(item.plannedMinutes)]),
      [0.07, 0.18, 0.43, 0.24, 0.08],
      accent,
    ),
  ];
}

function minutesItem(item: MeetingItemExport, index: number, context: RichTextContext): Block[] {
  const out: Block[] = [heading(1, `${index + 1}. ${item.reference} ${item.caseTitle}`), labelled('Methode', item.method)];
  const record = item.record;
  if (record) {
    for (const section of record.sections) out.push(heading(2, section.title), ...bullets(section.lines, context.lists));
    if (record.dissent) out.push(heading(2, 'Afwijkende standpunten'), ...plainParagraphs(record.dissent));
    if (record.agreements.length) out.push(heading(2, 'Afspraken'), ...bullets(record.agreements, context.lists));
  }
  if (item.notes) out.push(heading(2, 'Aantekeningen'), ...richTextToDocx(item.notes, context, { under: 2 }));
  if (item.actions.length) {
    out.push(
      heading(2, 'Acties'),
      dataTable(
        ['Actie', 'Wie', 'Uiterlijk', 'Stand'],
        item.actions.map((a) => [a.what, a.owner || '—', a.dueOn ? formatDutchDate(a.dueOn) : '—', a.done ? 'Afgerond' : 'Open']),
        [0.5, 0.2, 0.18, 0.12],
        context.accent,
      ),
    );
  }
  if (!record && !item.notes && item.actions.length === 0) out.push(emphasised('Niets vastgelegd bij dit agendapunt.'));
  return out;
}

/** The agenda or the minutes of a meeting as a .docx. */
export async function buildMeetingDocument(
  model: MeetingExportModel,
  kind: MeetingDocumentKind,
  style: HouseStyle,
  now = new Date(),
): Promise<Uint8Array<ArrayBuffer>> {
  const lists = new ListNumbering();
  const context: RichTextContext = { lists, width: contentWidth, accent: style.accentColor };
  const body = [
    ...heads(model, kind, style.accentColor),
    ...(kind === 'agenda' ? agendaBody(model, style.accentColor) : model.items.flatMap((item, i) => minutesItem(item, i, context))),
  ];
  // Agenda and minutes name people: internal documents, whatever the cases' classification.
  return packDocument({ meta: meta(model, kind, now), style, body, numbering: lists.definitions(), marking: internalMarkingOf('openbaar') });
}
