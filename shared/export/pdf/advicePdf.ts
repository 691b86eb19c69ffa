import { sectionKeys, type SectionKey } from '../../advice/sectionKeys';
import type { PublicAdvice } from '../../publication/publicModel';
import { asNode } from '../richTextInline';
import { adviceMetadataRows } from '../adviceMetadataRows';
import { adviceTexts, conclusionLabels, followUpLabels, formatDutchDate, formatDutchDateTime, precedentLine, sectionTitles } from '../documentTexts';
import type { Publisher } from '../diwoo/publisher';
import type { HouseStyle } from '../houseStyle';
import { PdfWriter, type PdfFonts, type PdfMeta } from './pdfWriter';
import { inlineRunsOf, richTextToPdf } from './richTextToPdf';

/*
 * The public advice as a tagged PDF/A-2a, in the order and with the words of
 * its Word version (adviceDocument.ts): the document title is H1, each
 * section H2, the editor's own headings below that.
 */

const section = 2;

/** The advice's own date: a document's creation date is when it was made, not when it was exported. */
export function adviceDate(advice: Pick<PublicAdvice, 'issuedOn'>, fallback: Date): Date {
  return advice.issuedOn ? new Date(`${advice.issuedOn.slice(0, 10)}T00:00:00Z`) : fallback;
}

function meta(advice: PublicAdvice, now: Date, publisher: Publisher | null): PdfMeta {
  return {
    publisher,
    title: `Advies ${advice.reference}: ${advice.title}`,
    subject: advice.title,
    keywords: ['advies', 'ethiek', advice.technology, ...advice.themes],
    author: advice.bodyName,
    createdAt: adviceDate(advice, now),
    reference: advice.reference,
  };
}

function writeSection(advice: PublicAdvice, key: SectionKey, pdf: PdfWriter) {
  const doc = advice.sections[key];
  if (!doc) return;
  pdf.heading(section, sectionTitles[key]);
  richTextToPdf(doc, pdf, section);
}

function working(advice: PublicAdvice, pdf: PdfWriter) {
  const hasFacts = advice.methods.length > 0 || advice.meetingsHeld.length > 0 || advice.participants.length > 0;
  if (advice.sections.working) writeSection(advice, 'working', pdf);
  else if (hasFacts) pdf.heading(section, sectionTitles.working);
  if (advice.methods.length) pdf.labelled('Methode', advice.methods.join(', '));
  if (advice.meetingsHeld.length) {
    pdf.paragraph([{ text: 'Bijeenkomsten', bold: true }]);
    pdf.bullets(advice.meetingsHeld.map((m) => `${formatDutchDateTime(m.startsAt)}: ${m.title}`));
  }
  if (advice.participants.length) {
    pdf.paragraph([{ text: 'Deelnemers', bold: true }]);
    pdf.bullets(advice.participants);
  }
}

/** Numbered recommendations: the number on each one's first paragraph, its direction in front. */
function recommendations(advice: PublicAdvice, pdf: PdfWriter) {
  if (advice.recommendations.length === 0) return;
  pdf.heading(section, 'Advies');
  pdf.list(
    advice.recommendations.map((_, i) => `${i + 1}.`),
    advice.recommendations.map((recommendation) => () => {
      const [first, ...rest] = (recommendation.text.content ?? []).map(asNode);
      const lead = recommendation.direction ? [{ text: `${recommendation.direction}: `, bold: true }] : [];
      if (first?.type === 'paragraph') pdf.paragraph([...lead, ...inlineRunsOf(first.content)]);
      else {
        if (lead.length) pdf.paragraph(lead);
        if (first) rest.unshift(first);
      }
      richTextToPdf({ type: 'doc', content: rest }, pdf, section);
    }),
  );
}

function precedents(advice: PublicAdvice, pdf: PdfWriter) {
  if (advice.precedents.length === 0) return;
  pdf.heading(section, adviceTexts.precedents);
  pdf.bullets(advice.precedents.map(precedentLine));
}

function conclusion(advice: PublicAdvice, pdf: PdfWriter) {
  pdf.heading(section, 'Conclusie van de proceseigenaar');
  if (!advice.conclusion) return pdf.emphasised('De conclusie van de proceseigenaar is nog niet ontvangen.');
  pdf.labelled('Besluit', conclusionLabels[advice.conclusion.decision]);
  pdf.labelled('Ontvangen op', formatDutchDate(advice.conclusion.receivedOn));
  if (advice.conclusion.reasons) {
    pdf.paragraph([{ text: 'Motivering', bold: true }]);
    pdf.plainParagraphs(advice.conclusion.reasons);
  }
}

function followUp(advice: PublicAdvice, pdf: PdfWriter) {
  pdf.heading(section, 'Opvolging');
  const f = advice.followUp;
  if (!f || (!f.discussedOn && !f.decision && !f.reReviewOn && !f.note)) return pdf.emphasised('Nog niet besproken met de wethouder.');
  if (f.discussedOn) pdf.labelled('Besproken met de wethouder op', formatDutchDate(f.discussedOn));
  if (f.decision) pdf.labelled('Besluit over vervolg', followUpLabels[f.decision]);
  if (f.reReviewOn) pdf.labelled('Herbeoordeling', formatDutchDate(f.reReviewOn));
  pdf.plainParagraphs(f.note);
}

/**
 * The public advice as an accessible PDF/A-2a, from the publication filter's
 * model only. The publication package calls this too: keep the signature.
 */
export async function buildAdvicePdf(
  advice: PublicAdvice,
  style: HouseStyle,
  fonts: PdfFonts,
  now = new Date(),
  publisher: Publisher | null = null,
): Promise<Uint8Array<ArrayBuffer>> {
  if (advice.classification === 'vertrouwelijk') throw new Error('Een vertrouwelijk advies heeft geen openbare versie.');
  const pdf = new PdfWriter(meta(advice, now, publisher), style, fonts);
  if (style.logo) pdf.logo(style.logo);
  pdf.heading(1, `Advies: ${advice.title}`);
  pdf.table({ rows: adviceMetadataRows(advice), fractions: [0.32, 0.68], rowHeaders: true });
  for (const key of sectionKeys.filter((k) => k === 'topicSummary' || k === 'question' || k === 'context')) writeSection(advice, key, pdf);
  working(advice, pdf);
  writeSection(advice, 'considerations', pdf);
  recommendations(advice, pdf);
  writeSection(advice, 'minorityView', pdf);
  precedents(advice, pdf);
  conclusion(advice, pdf);
  followUp(advice, pdf);
  if (advice.publishedOn) pdf.labelled(adviceTexts.publishedOn, formatDutchDate(advice.publishedOn));
  if (advice.publicationUrl) pdf.labelled(adviceTexts.location, advice.publicationUrl);
  return pdf.finish();
}

