import { Paragraph, TextRun } from 'docx';
import { sectionKeys, type SectionKey } from '../advice/sectionKeys';
import { plainText } from '../richText/plainText';
import type { PublicAdvice } from '../publication/publicModel';
import type { AdviceExportModel, InternalAdvice } from './adviceExportModel';
import { adviceMetadataRows } from './adviceMetadataRows';
import { bullets, dataTable, emphasised, heading, labelled, labelTable, plainParagraphs, title } from './documentBlocks';
import { contentWidth } from './documentStyles';
import {
  adviceTexts,
  documentClassification,
  conclusionLabels,
  conflictMeasureLabels,
  followUpLabels,
  formatDutchDate,
  formatDutchDateTime,
  internalMarkingOf,
  precedentLine,
  sectionTitles,
} from './documentTexts';
import type { Publisher } from './diwoo/publisher';
import { documentTypeAdvies, informationCategoryAdviezen } from './diwoo/tooiConcepts';
import { packDocument, type DocumentMeta } from './docxPackage';
import type { HouseStyle } from './houseStyle';
import { ListNumbering, ordered } from './listNumbering';
import { inlineRuns, asNode } from './richTextInline';
import { richTextToDocx, type Block, type RichTextContext } from './richTextToDocx';

const recommendationReference = 'beraad-recommendations';

/** The date of the advice; a version not issued yet is dated when it is exported. */
const adviceDate = (model: AdviceExportModel, now: Date) => (model.issuedAt ? new Date(model.issuedAt) : model.issuedOn ? new Date(model.issuedOn) : now);

/**
 * The publication metadata, in the DiWoo vocabulary, that goes with the file
 * as its properties; the publisher only once the municipality is known.
 */
export function adviceDocumentMeta(model: AdviceExportModel, now: Date, publisher: Publisher | null = null): DocumentMeta {
  const summary = model.sections.topicSummary ? plainText(model.sections.topicSummary).slice(0, 1000) : '';
  const organisation: Record<string, string> = publisher
    ? { Publisher: publisher.name, 'Publisher-TOOI': publisher.uri, Verantwoordelijke: publisher.name, 'Verantwoordelijke-TOOI': publisher.uri }
    : {};
  return {
    title: `Advies ${model.reference}: ${model.title}`,
    subject: model.title,
    description: summary,
    keywords: ['advies', 'ethiek', model.technology, ...model.themes],
    creator: model.bodyName,
    reference: model.reference,
    createdAt: adviceDate(model, now),
    custom: {
      Informatiecategorie: informationCategoryAdviezen.label,
      'Informatiecategorie-TOOI': informationCategoryAdviezen.uri,
      Documentsoort: model.variant === 'public' ? 'advies (openbare versie)' : 'advies (interne versie)',
      'Documentsoort-TOOI': documentTypeAdvies.uri,
      Thema: model.themes.join('; '),
      Zaaknummer: model.reference,
      Classificatie: documentClassification(model.variant, model.classification),
      Datum: model.issuedOn ?? '',
      Opsteller: model.bodyName,
      ...organisation,
      Versie: String(model.versionNumber),
    },
  };
}

function metadata(model: AdviceExportModel, accent: string): Block[] {
  return [labelTable(adviceMetadataRows(model), accent)];
}

function section(model: AdviceExportModel, key: SectionKey, context: RichTextContext): Block[] {
  const doc = model.sections[key];
  if (!doc) return [];
  const suffix = model.confidentialSections.includes(key) ? ' (vertrouwelijk)' : '';
  return [heading(1, sectionTitles[key] + suffix), ...richTextToDocx(doc, context)];
}

function working(model: AdviceExportModel, context: RichTextContext): Block[] {
  const out = section(model, 'working', context);
  const facts: Block[] = [];
  if (model.methods.length) facts.push(labelled(adviceTexts.methods, model.methods.join(', ')));
  if (model.meetingsHeld.length) {
    facts.push(labelled(adviceTexts.meetings, ''), ...bullets(model.meetingsHeld.map((m) => `${formatDutchDateTime(m.startsAt)}: ${m.title}`), context.lists));
  }
  if (model.participants.length) facts.push(labelled(adviceTexts.participants, ''), ...bullets(model.participants, context.lists));
  if (facts.length === 0) return out;
  return out.length ? [...out, ...facts] : [heading(1, sectionTitles.working), ...facts];
}

/** Numbered recommendations: the number on each one's first paragraph, its direction in front. */
function recommendations(model: AdviceExportModel, context: RichTextContext): Block[] {
  if (model.recommendations.length === 0) return [];
  const instance = context.lists.next();
  const out: Block[] = [heading(1, adviceTexts.recommendations)];
  for (const recommendation of model.recommendations) {
    const [first, ...rest] = (recommendation.text.content ?? []).map(asNode);
    const lead = [
      ...(recommendation.direction ? [new TextRun({ text: `${recommendation.direction}: `, bold: true })] : []),
      ...(recommendation.confidential ? [new TextRun({ text: '(vertrouwelijk) ', italics: true })] : []),
    ];
    const numbering = { reference: recommendationReference, level: 0, instance };
    if (first?.type === 'paragraph') {
      out.push(new Paragraph({ numbering, children: [...lead, ...inlineRuns(first.content)] }));
    } else {
      out.push(new Paragraph({ numbering, children: lead }));
      if (first) rest.unshift(first);
    }
    out.push(...richTextToDocx({ type: 'doc', content: rest }, context, { indentLevel: 0 }));
  }
  return out;
}

function precedents(model: AdviceExportModel, context: RichTextContext): Block[] {
  if (model.precedents.length === 0) return [];
  return [heading(1, adviceTexts.precedents), ...bullets(model.precedents.map(precedentLine), context.lists)];
}

function conclusion(model: AdviceExportModel): Block[] {
  const out: Block[] = [heading(1, adviceTexts.conclusion)];
  if (!model.conclusion) return [...out, emphasised(adviceTexts.noConclusion)];
  return [
    ...out,
    labelled(adviceTexts.decision, conclusionLabels[model.conclusion.decision]),
    labelled(adviceTexts.receivedOn, formatDutchDate(model.conclusion.receivedOn)),
    ...(model.conclusion.reasons ? [labelled(adviceTexts.reasons, ''), ...plainParagraphs(model.conclusion.reasons)] : []),
  ];
}

function followUp(model: AdviceExportModel): Block[] {
  const out: Block[] = [heading(1, adviceTexts.followUp)];
  const f = model.followUp;
  if (!f || (!f.discussedOn && !f.decision && !f.reReviewOn && !f.note)) {
    return [...out, emphasised(adviceTexts.noFollowUp)];
  }
  return [
    ...out,
    ...(f.discussedOn ? [labelled(adviceTexts.discussedOn, formatDutchDate(f.discussedOn))] : []),
    ...(f.decision ? [labelled(adviceTexts.followUpDecision, followUpLabels[f.decision])] : []),
    ...(f.reReviewOn ? [labelled(adviceTexts.reReview, formatDutchDate(f.reReviewOn))] : []),
    ...plainParagraphs(f.note),
  ];
}

function publication(model: AdviceExportModel): Block[] {
  if (model.variant !== 'public') return [];
  return [
    ...(model.publishedOn ? [labelled(adviceTexts.publishedOn, formatDutchDate(model.publishedOn))] : []),
    ...(model.publicationUrl ? [labelled(adviceTexts.location, model.publicationUrl)] : []),
  ];
}

function conflicts(model: AdviceExportModel, accent: string): Block[] {
  if (model.conflicts.length === 0) return [];
  return [
    heading(1, 'Gemelde belangen'),
    dataTable(
      ['Persoon', 'Gemeld op', 'Belang', 'Maatregel'],
      model.conflicts.map((c) => [c.name, formatDutchDate(c.declaredOn), c.description, conflictMeasureLabels[c.measure]]),
      [0.24, 0.2, 0.34, 0.22],
      accent,
    ),
  ];
}

function deliberation(model: AdviceExportModel, context: RichTextContext): Block[] {
  if (model.variant !== 'internal') return [];
  const out: Block[] = [];
  if (model.meetings.length) out.push(heading(1, 'Beraadslaging'));
  for (const meeting of model.meetings) {
    out.push(heading(2, `${meeting.title}, ${formatDutchDateTime(meeting.startsAt)}`));
    out.push(labelled('Aanwezig', meeting.present.join(', ') || '—'), labelled('Afwezig', meeting.absent.join(', ') || '—'));
    const record = meeting.record;
    if (!record) continue;
    out.push(labelled('Methode', record.method));
    for (const part of record.sections) out.push(heading(3, part.title), ...bullets(part.lines, context.lists));
    if (record.dissent) out.push(heading(3, 'Afwijkende standpunten'), ...plainParagraphs(record.dissent));
    if (record.agreements.length) out.push(heading(3, 'Afspraken'), ...bullets(record.agreements, context.lists));
  }
  if (model.notTakingPart.length) {
    const lines = model.notTakingPart.map((p) => `${p.name}, belangenverstrengeling gemeld op ${formatDutchDate(p.declaredOn)}`);
    out.push(heading(1, 'Neemt niet deel'), ...bullets(lines, context.lists));
  }
  out.push(...conflicts(model, context.accent));
  if (model.approvals.length) out.push(heading(1, 'Goedkeuring'), ...bullets(model.approvals, context.lists));
  return out;
}

/** The body of an advice document, in the order published municipal advices use. */
export function adviceBody(model: AdviceExportModel, context: RichTextContext): Block[] {
  const before = sectionKeys.filter((key) => key === 'topicSummary' || key === 'question' || key === 'context');
  return [
    title(`${adviceTexts.title}: ${model.title}`),
    ...metadata(model, context.accent),
    ...before.flatMap((key) => section(model, key, context)),
    ...working(model, context),
    ...section(model, 'considerations', context),
    ...recommendations(model, context),
    ...section(model, 'minorityView', context),
    ...precedents(model, context),
    ...conclusion(model),
    ...followUp(model),
    ...publication(model),
    ...deliberation(model, context),
  ];
}

/** The .docx of one advice, public or internal as its model says; a public one only from the publication filter's model. */
export async function buildAdviceDocument(
  model: PublicAdvice | InternalAdvice,
  style: HouseStyle,
  now = new Date(),
  publisher: Publisher | null = null,
): Promise<Uint8Array<ArrayBuffer>> {
  if (model.variant === 'public' && model.classification === 'vertrouwelijk') {
    throw new Error('Een vertrouwelijk advies heeft geen openbare versie.');
  }
  const lists = new ListNumbering();
  const body = adviceBody(model, { lists, width: contentWidth, accent: style.accentColor });
  return packDocument({
    meta: adviceDocumentMeta(model, now, publisher),
    style,
    body,
    numbering: lists.definitions([ordered(recommendationReference)]),
    ...(model.variant === 'internal' ? { marking: internalMarkingOf(model.classification) } : {}),
  });
}
