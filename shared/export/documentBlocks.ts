import { HeadingLevel, Paragraph, Table, TableCell, TableRow, TextRun, WidthType, type ParagraphChild } from 'docx';
import { contentWidth, smallTextSize } from './documentStyles';
import { bulletReference, type ListNumbering } from './listNumbering';
import { xmlSafe } from './richTextInline';

/* Small builders the document kinds share, so every document has the same look and structure. */

export const title = (text: string) => new Paragraph({ heading: HeadingLevel.TITLE, children: [new TextRun(xmlSafe(text))] });

export type HeadingDepth = 1 | 2 | 3 | 4;

const headingStyles = { 1: HeadingLevel.HEADING_1, 2: HeadingLevel.HEADING_2, 3: HeadingLevel.HEADING_3, 4: HeadingLevel.HEADING_4 } as const;

export const headingStyle = (level: HeadingDepth) => headingStyles[level];

export const heading = (level: HeadingDepth, text: string) => new Paragraph({ heading: headingStyle(level), children: [new TextRun(xmlSafe(text))] });

/** Plain, possibly multi-line text as paragraphs, one per line that has text. */
export function plainParagraphs(text: string): Paragraph[] {
  return xmlSafe(text)
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter(Boolean)
    .map((line) => new Paragraph({ children: [new TextRun(line)] }));
}

export const labelled = (label: string, value: string) =>
  new Paragraph({ children: [new TextRun({ text: `${xmlSafe(label)}: `, bold: true }), new TextRun(xmlSafe(value))] });

export const emphasised = (text: string) => new Paragraph({ children: [new TextRun({ text: xmlSafe(text), italics: true })] });

export function bullets(lines: readonly string[], lists: ListNumbering, level = 0): Paragraph[] {
  const instance = lists.next();
  return lines.map(
    (line) => new Paragraph({ numbering: { reference: bulletReference, level, instance }, children: [new TextRun(xmlSafe(line))] }),
  );
}

/** Tables of many columns read better a size smaller than the text, but never under 10 pt. */
const tableText = smallTextSize;

const cell = (children: ParagraphChild[], width: number, fill?: string) =>
  new TableCell({
    width: { size: width, type: WidthType.DXA },
    shading: fill ? { fill: fill.replace('#', ''), type: 'clear', color: 'auto' } : undefined,
    children: [new Paragraph({ spacing: { after: 0 }, children })],
  });

/** A two-column table of labels and values, e.g. the metadata block at the top of an advice. */
export function labelTable(rows: readonly (readonly [string, string])[], accent: string): Table {
  const labelWidth = Math.round(contentWidth * 0.32);
  const valueWidth = contentWidth - labelWidth;
  return new Table({
    width: { size: contentWidth, type: WidthType.DXA },
    columnWidths: [labelWidth, valueWidth],
    rows: rows.map(
      ([label, value]) =>
        new TableRow({
          cantSplit: true,
          children: [
            cell([new TextRun({ text: xmlSafe(label), bold: true })], labelWidth, accent),
            cell([new TextRun(xmlSafe(value || '—'))], valueWidth),
          ],
        }),
    ),
  });
}

/** A table with a header row that repeats on every page; column widths as fractions of the text width. */
export function dataTable(header: readonly string[], rows: readonly (readonly string[])[], fractions: readonly number[], accent: string): Table {
  const widths = fractions.map((f) => Math.floor(contentWidth * f));
  const total = widths.reduce((a, b) => a + b, 0);
  return new Table({
    width: { size: total, type: WidthType.DXA },
    columnWidths: widths,
    rows: [
      new TableRow({
        tableHeader: true,
        children: header.map((text, i) => cell([new TextRun({ text: xmlSafe(text), bold: true, size: tableText })], widths[i]!, accent)),
      }),
      ...rows.map(
        (row) => new TableRow({ cantSplit: true, children: row.map((text, i) => cell([new TextRun({ text: xmlSafe(text), size: tableText })], widths[i]!)) }),
      ),
    ],
  });
}
