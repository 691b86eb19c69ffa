import {
  Document,
  Footer,
  Header,
  ImageRun,
  Packer,
  Paragraph,
  SimpleField,
  TabStopType,
  TextRun,
  type NumberingDefinition,
  type ParagraphChild,
} from 'docx';
import { contentWidth, documentLanguage, documentStyles, page } from './documentStyles';
import type { HouseStyle, Logo } from './houseStyle';
import type { Block } from './richTextToDocx';
import { xmlSafe } from './richTextInline';
import { escapeXml } from './xmlWriter';

/** What a document says about itself: Word's core properties plus the publication metadata as custom properties. */
export interface DocumentMeta {
  title: string;
  subject: string;
  description: string;
  keywords: readonly string[];
  /** The body that made it. */
  creator: string;
  /** Shown in the header when the house style asks for it. */
  reference: string | null;
  /** Named custom properties, e.g. the DiWoo information category. */
  custom: Readonly<Record<string, string>>;
  createdAt: Date;
}

export interface DocumentParts {
  meta: DocumentMeta;
  style: HouseStyle;
  body: readonly Block[];
  numbering: readonly NumberingDefinition[];
  /** An internal document's marking, repeated in its header and footer; a public document has none. */
  marking?: string;
}


/*
 * Written by hand because the library's core properties have no language:
 * dc:language is what search and publication platforms (and the DiWoo
 * metadata) read the document's language from.
 */
function coreXml(meta: DocumentMeta): string {
  const stamp = meta.createdAt.toISOString().replace(/\.\d{3}Z$/, 'Z');
  const element = (name: string, value: string) => (value ? `<${name}>${escapeXml(value)}</${name}>` : '');
  return (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>' +
    '<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" ' +
    'xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" ' +
    'xmlns:dcmitype="http://purl.org/dc/dcmitype/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">' +
    element('dc:title', meta.title) +
    element('dc:subject', meta.subject) +
    element('dc:creator', meta.creator) +
    element('cp:keywords', meta.keywords.join('; ')) +
    element('dc:description', meta.description) +
    `<dc:language>${documentLanguage}</dc:language>` +
    element('cp:lastModifiedBy', meta.creator) +
    '<cp:revision>1</cp:revision>' +
    `<dcterms:created xsi:type="dcterms:W3CDTF">${stamp}</dcterms:created>` +
    `<dcterms:modified xsi:type="dcterms:W3CDTF">${stamp}</dcterms:modified>` +
    '</cp:coreProperties>'
  );
}

function decodeBase64(base64: string): Uint8Array {
  const binary = atob(base64);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes;
}

/** The letterhead's room for the logo, in pixels (the library's unit): about 1.5 cm high, a third of the text width. */
export const logoBox = { width: 200, height: 56 } as const;

/** The logo's size scaled to fill its box as far as its own proportions allow: never cut off, never stretched. */
export function fitLogo(widthPx: number, heightPx: number): { width: number; height: number } {
  const scale = Math.min(logoBox.width / widthPx, logoBox.height / heightPx);
  return {
    width: Math.min(logoBox.width, Math.max(1, Math.round(widthPx * scale))),
    height: Math.min(logoBox.height, Math.max(1, Math.round(heightPx * scale))),
  };
}

function logoRun(logo: Logo): ImageRun {
  return new ImageRun({
    type: logo.mimeType === 'image/png' ? 'png' : 'jpg',
    data: decodeBase64(logo.base64),
    transformation: fitLogo(logo.widthPx, logo.heightPx),
    altText: { name: 'Logo', title: logo.alt, description: logo.alt },
  });
}

const rightTab = [{ type: TabStopType.RIGHT, position: contentWidth }];

const markingParagraph = (marking: string, style: 'Header' | 'Footer') => new Paragraph({ style, children: [new TextRun({ text: xmlSafe(marking), bold: true })] });

function header(meta: DocumentMeta, style: HouseStyle, marking: string | undefined): Header | undefined {
  const reference = style.referenceInHeader && meta.reference ? meta.reference : '';
  const line: ParagraphChild[] = [];
  if (style.organisationName) line.push(new TextRun({ text: xmlSafe(style.organisationName), bold: true }));
  if (reference) line.push(new TextRun({ text: `\tZaaknummer ${xmlSafe(reference)}` }));
  const paragraphs = [
    ...(style.logo ? [new Paragraph({ style: 'Header', spacing: { after: 80 }, children: [logoRun(style.logo)] })] : []),
    ...(line.length > 0 ? [new Paragraph({ style: 'Header', tabStops: rightTab, children: line })] : []),
    ...(marking ? [markingParagraph(marking, 'Header')] : []),
  ];
  // No header part at all rather than an empty one.
  return paragraphs.length > 0 ? new Header({ children: paragraphs }) : undefined;
}

/*
 * Page numbers as fields with a cached result: Word and LibreOffice
 * recalculate them on every page, and a reader that does not still shows a
 * number instead of nothing.
 */
function footer(style: HouseStyle, marking: string | undefined): Footer | undefined {
  const children: ParagraphChild[] = [];
  if (style.footerText) children.push(new TextRun(xmlSafe(style.footerText)));
  if (style.pageNumbers) {
    children.push(new TextRun('\tpagina '), new SimpleField('PAGE', '1'), new TextRun(' van '), new SimpleField('NUMPAGES', '1'));
  }
  const paragraphs = [
    ...(marking ? [markingParagraph(marking, 'Footer')] : []),
    ...(children.length > 0 ? [new Paragraph({ style: 'Footer', tabStops: rightTab, children })] : []),
  ];
  return paragraphs.length > 0 ? new Footer({ children: paragraphs }) : undefined;
}

/** The .docx bytes of a document: house style, letterhead, footer and properties around the body. */
export async function packDocument({ meta, style, body, numbering, marking }: DocumentParts): Promise<Uint8Array<ArrayBuffer>> {
  const head = header(meta, style, marking);
  const foot = footer(style, marking);
  const document = new Document({
    creator: meta.creator,
    title: meta.title,
    subject: meta.subject,
    description: meta.description,
    keywords: meta.keywords.join('; '),
    styles: documentStyles(style),
    numbering: { config: numbering },
    customProperties: Object.entries(meta.custom).map(([name, value]) => ({ name, value: xmlSafe(value) })),
    sections: [
      {
        properties: {
          page: {
            size: { width: page.width, height: page.height },
            margin: { top: page.margin, bottom: page.margin, left: page.margin, right: page.margin, header: 708, footer: 708 },
          },
        },
        ...(head ? { headers: { default: head } } : {}),
        ...(foot ? { footers: { default: foot } } : {}),
        children: body.length > 0 ? [...body] : [new Paragraph('')],
      },
    ],
  });
  const bytes = await Packer.pack(document, 'uint8array', false, [{ path: 'docProps/core.xml', data: coreXml(meta) }]);
  // The zip writer allocates a plain ArrayBuffer; the library's type just does not say so.
  return bytes as Uint8Array<ArrayBuffer>;
}
