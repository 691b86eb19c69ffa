import { sectionKeys, type SectionKey } from '../../advice/sectionKeys';
import type { PublicAdvice } from '../../publication/publicModel';
import { adviceDocumentMeta } from '../adviceDocument';
import type { Publisher } from '../diwoo/publisher';
import { adviceTexts, classificationLabels, conclusionLabels, followUpLabels, formatDutchDate, formatDutchDateTime, precedentLine, sectionTitles } from '../documentTexts';
import type { HouseStyle } from '../houseStyle';
import { asNode } from '../richTextInline';
import { fragment, type Xml } from '../xmlWriter';
import { bullets, emphasised, headingText, labelTable, labelled, list, paragraph, plainParagraphs, title } from './odtBlocks';
import { packOdt } from './odtPackage';
import { inlineOdt, OdtWriter, span } from './odtWriter';
import { richTextToOdt } from './richTextToOdt';

function metadata(writer: OdtWriter, advice: PublicAdvice): Xml {
  const rows: [string, string][] = [
    ['Titel', advice.title],
    ['Zaaknummer', advice.reference],
    ['Datum', formatDutchDate(advice.issuedOn)],
    ['Uitgebracht door', advice.bodyName],
    ['Proceseigenaar', advice.processOwner],
    ['Aanvraag', advice.solicited ? 'Gevraagd advies' : 'Ongevraagd advies'],
    ['Technologie', advice.technology],
    ...(advice.themes.length ? [["Thema's", advice.themes.join(', ')] as [string, string]] : []),
    ['Classificatie', classificationLabels[advice.classification]],
    ['Versie', `${advice.versionNumber} (${advice.status.toLowerCase()})`],
    ['Documentversie', 'Openbare versie'],
  ];
  return labelTable(writer, rows);
}

function section(writer: OdtWriter, advice: PublicAdvice, key: SectionKey): Xml[] {
  const doc = advice.sections[key];
  return doc ? [headingText(writer, 1, sectionTitles[key]), ...richTextToOdt(writer, doc)] : [];
}

function working(writer: OdtWriter, advice: PublicAdvice): Xml[] {
  const facts: Xml[] = [];
  if (advice.methods.length) facts.push(labelled(writer, 'Methode', advice.methods.join(', ')));
  if (advice.meetingsHeld.length) facts.push(labelled(writer, 'Bijeenkomsten', ''), bullets(advice.meetingsHeld.map((m) => `${formatDutchDateTime(m.startsAt)}: ${m.title}`)));
  if (advice.participants.length) facts.push(labelled(writer, 'Deelnemers', ''), bullets(advice.participants));
  const out = section(writer, advice, 'working');
  if (facts.length === 0) return out;
  return out.length ? [...out, ...facts] : [headingText(writer, 1, sectionTitles.working), ...facts];
}

/** Numbered recommendations: the direction in front of each one's first paragraph, the rest of it under the number. */
function recommendations(writer: OdtWriter, advice: PublicAdvice): Xml[] {
  if (advice.recommendations.length === 0) return [];
  const heading = headingText(writer, 1, 'Advies');
  const items = advice.recommendations.map((recommendation) => {
    const [first, ...rest] = (recommendation.text.content ?? []).map(asNode);
    const lead = recommendation.direction ? span(writer, `${recommendation.direction}: `, { bold: true }) : fragment([]);
    const opening = first?.type === 'paragraph' ? inlineOdt(writer, first.content) : fragment([]);
    const remaining = first?.type === 'paragraph' ? rest : [first, ...rest].filter(Boolean);
    return [paragraph(fragment([lead, opening]), 'List_20_Contents'), ...richTextToOdt(writer, { type: 'doc', content: remaining }, { style: 'List_20_Contents' })];
  });
  return [heading, list('Numbering', items)];
}

function precedents(writer: OdtWriter, advice: PublicAdvice): Xml[] {
  if (advice.precedents.length === 0) return [];
  return [headingText(writer, 1, adviceTexts.precedents), bullets(advice.precedents.map(precedentLine))];
}

function conclusion(writer: OdtWriter, advice: PublicAdvice): Xml[] {
  const heading = headingText(writer, 1, 'Conclusie van de proceseigenaar');
  if (!advice.conclusion) return [heading, emphasised(writer, 'De conclusie van de proceseigenaar is nog niet ontvangen.')];
  return [
    heading,
    labelled(writer, 'Besluit', conclusionLabels[advice.conclusion.decision]),
    labelled(writer, 'Ontvangen op', formatDutchDate(advice.conclusion.receivedOn)),
    ...(advice.conclusion.reasons ? [labelled(writer, 'Motivering', ''), ...plainParagraphs(advice.conclusion.reasons)] : []),
  ];
}

function followUp(writer: OdtWriter, advice: PublicAdvice): Xml[] {
  const heading = headingText(writer, 1, 'Opvolging');
  const f = advice.followUp;
  if (!f || (!f.discussedOn && !f.decision && !f.reReviewOn && !f.note)) return [heading, emphasised(writer, 'Nog niet besproken met de wethouder.')];
  return [
    heading,
    ...(f.discussedOn ? [labelled(writer, 'Besproken met de wethouder op', formatDutchDate(f.discussedOn))] : []),
    ...(f.decision ? [labelled(writer, 'Besluit over vervolg', followUpLabels[f.decision])] : []),
    ...(f.reReviewOn ? [labelled(writer, 'Herbeoordeling', formatDutchDate(f.reReviewOn))] : []),
    ...plainParagraphs(f.note),
  ];
}

/** Where and when it was published, once the board recorded it: a date where a date belongs. */
function publication(writer: OdtWriter, advice: PublicAdvice): Xml[] {
  return [
    ...(advice.publishedOn ? [labelled(writer, 'Gepubliceerd op', formatDutchDate(advice.publishedOn))] : []),
    ...(advice.publicationUrl ? [labelled(writer, 'Vindplaats', advice.publicationUrl)] : []),
  ];
}

/**
 * The public advice as an OpenDocument text (ODF 1.3), written from the
 * publication filter's model only, in the order and with the metadata of the
 * Word document.
 */
export function buildAdviceOdt(advice: PublicAdvice, style: HouseStyle, publisher: Publisher | null, now = new Date()): Uint8Array<ArrayBuffer> {
  if (advice.classification === 'vertrouwelijk') throw new Error('Een vertrouwelijk advies heeft geen openbare versie.');
  const writer = new OdtWriter(style.accentColor);
  const before = sectionKeys.filter((key) => key === 'topicSummary' || key === 'question' || key === 'context');
  const body = [
    title(`Advies: ${advice.title}`),
    metadata(writer, advice),
    ...before.flatMap((key) => section(writer, advice, key)),
    ...working(writer, advice),
    ...section(writer, advice, 'considerations'),
    ...recommendations(writer, advice),
    ...section(writer, advice, 'minorityView'),
    ...precedents(writer, advice),
    ...conclusion(writer, advice),
    ...followUp(writer, advice),
    ...publication(writer, advice),
  ];
  return packOdt({ meta: adviceDocumentMeta(advice, now, publisher), style, writer, body });
}

