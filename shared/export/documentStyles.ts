import { BorderStyle, LineRuleType, type IStylesOptions } from 'docx';
import type { HouseStyle } from './houseStyle';

export const documentLanguage = 'nl-NL';

/** A4 with 2.5 cm margins, in dxa (twentieths of a point). */
export const page = { width: 11906, height: 16838, margin: 1418 } as const;
export const contentWidth = page.width - 2 * page.margin;

const color = (hex: string) => hex.replace('#', '').toUpperCase();

/** Body text, and the smallest text a document has: tables, header and footer included (10 pt is WCAG practice for print). */
export const bodyTextSize = 22;
export const smallTextSize = 20;

/*
 * 1.15 lines, proportional to each paragraph's own font. Without the rule
 * LibreOffice reads the value as an exact height, and a title's second line
 * lands on its first.
 */
const lineSpacing = { line: 276, lineRule: LineRuleType.AUTO } as const;

/*
 * Word's built-in styles (Title, Heading 1–3, List Paragraph, Quote) rather
 * than formatting by hand: they give the document the outline that Word's
 * navigation pane, the PDF export's bookmarks and screen readers use. The
 * outline levels are set explicitly so LibreOffice reads them the same way.
 */
export function documentStyles(style: HouseStyle): IStylesOptions {
  const heading = color(style.headingColor);
  return {
    default: {
      document: {
        run: { font: style.font, size: bodyTextSize, language: { value: documentLanguage, eastAsia: documentLanguage, bidirectional: documentLanguage } },
        paragraph: { spacing: { after: 120, ...lineSpacing } },
      },
      title: {
        run: { font: style.font, size: 40, bold: true, color: heading },
        paragraph: { spacing: { before: 240, after: 240 }, keepNext: true },
      },
      heading1: {
        run: { font: style.font, size: 30, bold: true, color: heading },
        paragraph: { spacing: { before: 360, after: 120 }, keepNext: true, keepLines: true, outlineLevel: 0 },
      },
      heading2: {
        run: { font: style.font, size: 26, bold: true, color: heading },
        paragraph: { spacing: { before: 240, after: 120 }, keepNext: true, keepLines: true, outlineLevel: 1 },
      },
      heading3: {
        run: { font: style.font, size: 23, bold: true, italics: true, color: heading },
        paragraph: { spacing: { before: 200, after: 80 }, keepNext: true, keepLines: true, outlineLevel: 2 },
      },
      heading4: {
        run: { font: style.font, size: bodyTextSize, bold: true, color: heading },
        paragraph: { spacing: { before: 160, after: 60 }, keepNext: true, keepLines: true, outlineLevel: 3 },
      },
      listParagraph: {
        paragraph: { spacing: { after: 60 } },
      },
    },
    paragraphStyles: [
      {
        id: 'Quote',
        name: 'Quote',
        basedOn: 'Normal',
        next: 'Normal',
        quickFormat: true,
        run: { italics: true },
        paragraph: {
          indent: { left: 567 },
          border: { left: { style: BorderStyle.SINGLE, size: 12, color: heading, space: 8 } },
        },
      },
      {
        id: 'Header',
        name: 'header',
        basedOn: 'Normal',
        run: { size: smallTextSize },
        paragraph: { spacing: { after: 0 } },
      },
      {
        id: 'Footer',
        name: 'footer',
        basedOn: 'Normal',
        run: { size: smallTextSize },
        paragraph: { spacing: { after: 0 } },
      },
    ],
  };
}
