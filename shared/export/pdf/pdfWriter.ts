import PDFDocument from 'pdfkit';
import { documentLanguage } from '../documentStyles';
import type { HouseStyle, Logo } from '../houseStyle';
import { escapeXml } from '../xmlWriter';

/** The bundled font files (resources/fonts, SIL OFL 1.1): PDF/A embeds every font it uses. */
export interface PdfFonts {
  regular: Uint8Array;
  bold: Uint8Array;
  italic: Uint8Array;
  boldItalic: Uint8Array;
  mono: Uint8Array;
}

/** What the PDF says about itself, in its Info dictionary and its XMP alike. */
export interface PdfMeta {
  title: string;
  subject: string;
  keywords: readonly string[];
  /** The body that made it. */
  author: string;
  /** The document's own date, not the moment of export. */
  createdAt: Date;
  /** Shown in the header when the house style asks for it, and the document's identifier. */
  reference: string | null;
  /** The municipality that publishes, by name and TOOI identifier: publisher and verantwoordelijke in the Woo-index. */
  publisher?: { name: string; uri: string } | null;
}

/** A piece of text with its formatting, as a paragraph holds several. */
export interface Run {
  text: string;
  bold?: boolean;
  italic?: boolean;
  underline?: boolean;
  strike?: boolean;
  mono?: boolean;
}

type FontName = keyof PdfFonts;
type Element = PDFKit.PDFStructureElement;
/** pdfkit takes these structure options; its type declarations predate them. */
type ElementOptions = PDFKit.Mixins.StructureElementOptions & { scope?: 'Row' | 'Column'; bbox?: number[]; placement?: 'Block' };
/** The parsed font pdfkit keeps for the current face; used to ask which characters it can show. */
type CurrentFont = { _font: { font: { hasGlyphForCodePoint(codePoint: number): boolean } } };

const points = (cm: number) => (cm / 2.54) * 72;
const margin = points(2.5);
const bodySize = 11;
/** Body and table text stay at 10 pt or more; only the page furniture is smaller. */
const tableSize = 10;
const furnitureSize = 9;
const paragraphGap = 6;
const listIndent = 18;
const headingSizes = [20, 15, 13, 11.5, 11, 11] as const;

/*
 * Characters a PDF may not show: controls and lone surrogates have no glyph,
 * and PDF/A forbids pointing at the font's empty .notdef glyph.
 */
// eslint-disable-next-line no-control-regex -- the control characters are exactly what must go
const unprintable = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;


const xmpDate = (date: Date) => date.toISOString().replace(/\.\d{3}Z$/, 'Z');

/*
 * pdfkit writes its XMP packet with the title and author unescaped (an "&"
 * in a title makes the packet invalid XML) and without the language or the
 * keywords as dc:subject. This packet says the same as the Info dictionary,
 * as PDF/A requires, escaped.
 */
function xmpDescription(meta: PdfMeta, producer: string): string {
  const alt = (value: string) => `<rdf:Alt><rdf:li xml:lang="x-default">${escapeXml(value)}</rdf:li></rdf:Alt>`;
  return [
    '<rdf:Description rdf:about="" xmlns:xmp="http://ns.adobe.com/xap/1.0/">',
    `<xmp:CreateDate>${xmpDate(meta.createdAt)}</xmp:CreateDate>`,
    `<xmp:CreatorTool>${escapeXml(producer)}</xmp:CreatorTool>`,
    '</rdf:Description>',
    '<rdf:Description rdf:about="" xmlns:dc="http://purl.org/dc/elements/1.1/">',
    `<dc:title>${alt(meta.title)}</dc:title>`,
    `<dc:creator><rdf:Seq><rdf:li>${escapeXml(meta.author)}</rdf:li></rdf:Seq></dc:creator>`,
    `<dc:description>${alt(meta.subject)}</dc:description>`,
    `<dc:subject><rdf:Bag>${meta.keywords.map((k) => `<rdf:li>${escapeXml(k)}</rdf:li>`).join('')}</rdf:Bag></dc:subject>`,
    `<dc:language><rdf:Bag><rdf:li>${documentLanguage}</rdf:li></rdf:Bag></dc:language>`,
    ...(meta.reference ? [`<dc:identifier>${escapeXml(meta.reference)}</dc:identifier>`] : []),
    // Dublin Core only: PDF/A would need every property of another schema declared in the file itself.
    ...(meta.publisher
      ? [`<dc:publisher><rdf:Bag><rdf:li>${escapeXml(meta.publisher.name)}</rdf:li><rdf:li>${escapeXml(meta.publisher.uri)}</rdf:li></rdf:Bag></dc:publisher>`]
      : []),
    '</rdf:Description>',
    '<rdf:Description rdf:about="" xmlns:pdf="http://ns.adobe.com/pdf/1.3/">',
    `<pdf:Producer>${escapeXml(producer)}</pdf:Producer>`,
    `<pdf:Keywords>${escapeXml(meta.keywords.join('; '))}</pdf:Keywords>`,
    '</rdf:Description>',
  ].join('\n');
}

function decodeBase64(base64: string): Uint8Array {
  const binary = atob(base64);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes;
}

const faceOf = (run: Pick<Run, 'bold' | 'italic' | 'mono'>): FontName =>
  run.mono ? 'mono' : run.bold && run.italic ? 'boldItalic' : run.bold ? 'bold' : run.italic ? 'italic' : 'regular';

const producer = 'Beraad';

/**
 * A tagged PDF/A-2a of A4 pages in the house style, written block by block:
 * every block is a structure element in reading order, and everything that
 * only decorates (rules, cell fills, header and footer) is an artifact, so a
 * screen reader reads the document as its outline says.
 */
export class PdfWriter {
  private readonly doc: PDFKit.PDFDocument;
  private readonly parents: Element[] = [];
  private readonly covers = new Map<FontName, (codePoint: number) => boolean>();
  private lastHeading = 0;
  private indent = 0;

  constructor(
    private readonly meta: PdfMeta,
    private readonly style: HouseStyle,
    fonts: PdfFonts,
  ) {
    this.doc = new PDFDocument({
      pdfVersion: '1.7',
      subset: 'PDF/A-2a',
      tagged: true,
      lang: documentLanguage,
      displayTitle: true,
      bufferPages: true,
      size: 'A4',
      margin,
      // No standard font: PDF/A cannot use one (not embedded), and the browser build has none registered.
      font: '',
      info: {
        Title: meta.title,
        Author: meta.author,
        Subject: meta.subject,
        Keywords: meta.keywords.join('; '),
        Creator: producer,
        Producer: producer,
        CreationDate: meta.createdAt,
      },
    });
    // pdfkit's own XMP description is replaced by the escaped one (xmpDescription says why).
    const inner = this.doc as unknown as { _addInfo(): void };
    inner._addInfo = () => this.doc.appendXML(xmpDescription(meta, producer));
    for (const [name, bytes] of Object.entries(fonts) as [FontName, Uint8Array][]) {
      this.doc.registerFont(name, bytes as unknown as ArrayBuffer);
      this.doc.font(name);
      const font = (this.doc as unknown as CurrentFont)._font.font;
      const known = new Map<number, boolean>();
      this.covers.set(name, (codePoint) => {
        let has = known.get(codePoint);
        if (has === undefined) known.set(codePoint, (has = font.hasGlyphForCodePoint(codePoint)));
        return has;
      });
    }
    this.doc.font('regular').fontSize(bodySize).fillColor('black');
    const root = this.doc.struct('Document');
    this.doc.addStructure(root);
    this.parents.push(root);
  }

  private get parent(): Element {
    return this.parents[this.parents.length - 1]!;
  }

  private get left(): number {
    return margin + this.indent;
  }

  private get width(): number {
    return this.doc.page.width - 2 * margin - this.indent;
  }

  private get bottom(): number {
    return this.doc.page.height - margin;
  }

  /** Text the chosen face can show: a character it has no glyph for becomes "?". */
  private printable(text: string, face: FontName): string {
    const covers = this.covers.get(face)!;
    let out = '';
    for (const char of text.replace(unprintable, '').replace(/\t/g, ' ')) {
      const codePoint = char.codePointAt(0)!;
      out += codePoint === 0x0a || covers(codePoint) ? char : '?';
    }
    return out;
  }

  /** A new page when `height` no longer fits; only between blocks, never inside marked content. */
  private room(height: number) {
    if (this.doc.y + height > this.bottom) this.doc.addPage();
  }

  private element(tag: string, options: ElementOptions = {}): Element {
    const element = this.doc.struct(tag, options);
    this.parent.add(element);
    return element;
  }

  /** A structure element around what `write` adds to it. */
  group(tag: string, write: () => void, options: ElementOptions = {}) {
    const element = this.element(tag, options);
    this.parents.push(element);
    try {
      write();
    } finally {
      this.parents.pop();
      element.end();
    }
  }

  /** Marked content of its own structure element; text that runs onto a new page stays one element. */
  private content(tag: string, draw: () => void, options: ElementOptions = {}) {
    const element = this.element(tag, options);
    element.add(draw);
    element.end();
  }

  private artifact(draw: () => void) {
    this.doc.markContent('Artifact');
    draw();
    this.doc.endMarkedContent();
  }

  private runs(runs: readonly Run[], x: number, width: number, size: number, color = 'black', align: 'left' | 'right' = 'left') {
    const visible = runs.filter((run) => run.text !== '');
    this.doc.fontSize(size).fillColor(color);
    visible.forEach((run, index) => {
      const face = faceOf(run);
      const options = { width, align, continued: index < visible.length - 1, underline: !!run.underline, strike: !!run.strike };
      this.doc.font(face);
      if (index === 0) this.doc.text(this.printable(run.text, face), x, this.doc.y, options);
      else this.doc.text(this.printable(run.text, face), options);
    });
    this.doc.font('regular').fillColor('black');
  }

  /** Heading levels follow each other without gaps: a level deeper than the one before plus one is brought up. */
  heading(level: number, text: string) {
    const tagged = Math.max(1, Math.min(level, this.lastHeading + 1, 6));
    this.lastHeading = tagged;
    const size = headingSizes[tagged - 1]!;
    this.doc.moveDown(tagged === 1 ? 0 : 0.6);
    // A heading keeps its first lines of text with it.
    this.room(size * 1.3 + 3 * bodySize * 1.2);
    this.content(`H${tagged}`, () => this.runs([{ text, bold: true, italic: tagged === 4 }], this.left, this.width, size, this.style.headingColor));
    this.doc.y += paragraphGap / 2;
  }

  paragraph(runs: readonly Run[], options: { quote?: boolean; code?: boolean } = {}) {
    if (runs.every((run) => run.text.trim() === '')) return;
    this.room(bodySize * 1.2);
    const inset = options.quote ? 16 : 0;
    const x = this.left + inset;
    const top = this.doc.y;
    const shown = options.code ? runs.map((run) => ({ ...run, mono: true })) : options.quote ? runs.map((run) => ({ ...run, italic: true })) : runs;
    this.content('P', () => this.runs(shown, x, this.width - inset, options.code ? tableSize : bodySize));
    if (options.quote) {
      const bottom = this.doc.y;
      this.artifact(() => {
        const page = this.doc.page;
        // Text that ran onto a new page starts at its top margin.
        const from = bottom < top ? page.margins.top : top;
        this.doc.save().moveTo(this.left + 4, from).lineTo(this.left + 4, bottom).lineWidth(1.5).stroke(this.style.headingColor).restore();
      });
    }
    this.doc.y += paragraphGap;
  }

  labelled(label: string, value: string) {
    this.paragraph([{ text: `${label}: `, bold: true }, { text: value }]);
  }

  emphasised(text: string) {
    this.paragraph([{ text, italic: true }]);
  }

  /** Plain, possibly multi-line text as paragraphs, one per line that has text. */
  plainParagraphs(text: string) {
    for (const line of text.split(/\r?\n/)) if (line.trim()) this.paragraph([{ text: line.trim() }]);
  }

  /**
   * A list: each item's label (bullet or number) and body as the PDF list
   * structure (L, LI, Lbl, LBody), the body hanging under its first line.
   */
  list(labels: readonly string[], items: readonly (() => void)[]) {
    this.group('L', () => {
      items.forEach((write, index) => {
        this.group('LI', () => {
          this.room(bodySize * 1.2 * 2);
          const top = this.doc.y;
          const x = this.left;
          this.content('Lbl', () => this.runs([{ text: labels[index] ?? '•' }], x, listIndent, bodySize));
          this.doc.y = top;
          this.indent += listIndent;
          try {
            this.group('LBody', write);
          } finally {
            this.indent -= listIndent;
          }
        });
      });
    });
  }

  bullets(lines: readonly string[]) {
    this.list(
      lines.map(() => '•'),
      lines.map((line) => () => this.paragraph([{ text: line }])),
    );
  }

  /** A rule across the text width. */
  rule() {
    this.room(paragraphGap * 2);
    const y = this.doc.y + paragraphGap / 2;
    this.artifact(() => this.doc.save().moveTo(this.left, y).lineTo(this.left + this.width, y).lineWidth(0.75).stroke('#808080').restore());
    this.doc.y = y + paragraphGap;
  }

  /**
   * A table of text cells: the header row (if any) as TH cells with column
   * scope, repeated on every page it runs onto; with `rowHeaders` the first
   * cell of each row is a TH with row scope (a label table).
   */
  table(table: { header?: readonly string[]; rows: readonly (readonly string[])[]; fractions?: readonly number[]; rowHeaders?: boolean }) {
    const columns = Math.max(table.header?.length ?? 0, ...table.rows.map((row) => row.length), 1);
    const fractions = table.fractions ?? Array.from({ length: columns }, () => 1 / columns);
    const widths = fractions.map((f) => f * this.width);
    const padding = 4;
    const heightOf = (row: readonly string[], header: boolean) =>
      Math.max(
        ...row.map((text, i) => {
          this.doc.font(header ? 'bold' : 'regular').fontSize(tableSize);
          return this.doc.heightOfString(this.printable(text || ' ', header ? 'bold' : 'regular'), { width: widths[i]! - 2 * padding });
        }),
      ) +
      2 * padding;
    const drawRow = (row: readonly string[], kind: 'header' | 'body', tagged: boolean) => {
      const height = heightOf(row, kind === 'header');
      const top = this.doc.y;
      let x = this.left;
      const cells = row.map((text, i) => ({ text, x: (x += i === 0 ? 0 : widths[i - 1]!), width: widths[i]! }));
      this.artifact(() => {
        for (const [i, cell] of cells.entries()) {
          const filled = kind === 'header' || (table.rowHeaders && i === 0);
          this.doc.save().rect(cell.x, top, cell.width, height).lineWidth(0.5);
          if (filled) this.doc.fillAndStroke(this.style.accentColor, '#808080');
          else this.doc.stroke('#808080');
          this.doc.restore();
        }
      });
      const writeCell = (cell: (typeof cells)[number], i: number) => {
        const header = kind === 'header' || (!!table.rowHeaders && i === 0);
        this.doc.y = top + padding;
        // A label without a value says so, as in Word; an empty cell of a table from the text stays empty.
        this.runs([{ text: cell.text || (table.rowHeaders ? '—' : ' '), bold: header }], cell.x + padding, cell.width - 2 * padding, tableSize);
      };
      if (tagged) {
        this.group('TR', () =>
          cells.forEach((cell, i) => {
            const header = kind === 'header' || (!!table.rowHeaders && i === 0);
            this.content(header ? 'TH' : 'TD', () => writeCell(cell, i), header ? { scope: kind === 'header' ? 'Column' : 'Row' } : {});
          }),
        );
      } else {
        // The header repeated on a following page: it was read once already.
        this.artifact(() => cells.forEach(writeCell));
      }
      this.doc.y = top + height;
    };
    this.room(40);
    this.group('Table', () => {
      if (table.header) this.group('THead', () => drawRow(table.header!, 'header', true));
      this.group('TBody', () => {
        for (const row of table.rows) {
          const height = heightOf(row, false);
          if (this.doc.y + height > this.bottom) {
            this.doc.addPage();
            if (table.header) drawRow(table.header, 'header', false);
          }
          drawRow(row, 'body', true);
        }
      });
    });
    this.doc.font('regular').fontSize(bodySize);
    this.doc.x = this.left;
    this.doc.y += paragraphGap * 2;
  }

  /** The letterhead logo with its text alternative, at most 42 pt high and 150 pt wide. */
  logo(logo: Logo) {
    const scale = Math.min(42 / logo.heightPx, 150 / logo.widthPx);
    const width = logo.widthPx * scale;
    const height = logo.heightPx * scale;
    const x = this.left;
    const y = this.doc.y;
    this.content('Figure', () => this.doc.image(decodeBase64(logo.base64) as unknown as ArrayBuffer, x, y, { width, height }), {
      alt: logo.alt,
      bbox: [x, y, x + width, y + height],
      placement: 'Block',
    });
    this.doc.x = this.left;
    this.doc.y = y + height + paragraphGap * 2;
  }

  /** Header and footer on every page as artifacts: page furniture a screen reader skips. */
  private furniture() {
    const { count } = this.doc.bufferedPageRange();
    const reference = this.style.referenceInHeader && this.meta.reference ? `Zaaknummer ${this.meta.reference}` : '';
    const width = this.doc.page.width - 2 * margin;
    for (let index = 0; index < count; index++) {
      this.doc.switchToPage(index);
      const page = this.doc.page;
      const bottomMargin = page.margins.bottom;
      // Writing inside the margins must not start a new page.
      page.margins.bottom = 0;
      this.artifact(() => {
        const header = page.margins.top / 2;
        if (this.style.organisationName) {
          this.doc.y = header;
          this.runs([{ text: this.style.organisationName, bold: true }], margin, width, furnitureSize);
        }
        if (reference) {
          this.doc.y = header;
          this.runs([{ text: reference }], margin, width, furnitureSize, 'black', 'right');
        }
        const footer = page.height - bottomMargin / 2 - furnitureSize;
        if (this.style.footerText) {
          this.doc.y = footer;
          this.runs([{ text: this.style.footerText }], margin, width * 0.7, furnitureSize);
        }
        if (this.style.pageNumbers) {
          this.doc.y = footer;
          this.runs([{ text: `pagina ${index + 1} van ${count}` }], margin, width, furnitureSize, 'black', 'right');
        }
      });
      page.margins.bottom = bottomMargin;
    }
  }

  /** The finished file. */
  finish(): Promise<Uint8Array<ArrayBuffer>> {
    const chunks: Uint8Array[] = [];
    const done = new Promise<Uint8Array<ArrayBuffer>>((resolve, reject) => {
      this.doc.on('data', (chunk: Uint8Array) => chunks.push(chunk));
      this.doc.on('error', reject);
      this.doc.on('end', () => {
        const bytes = new Uint8Array(chunks.reduce((sum, chunk) => sum + chunk.byteLength, 0));
        let offset = 0;
        for (const chunk of chunks) {
          bytes.set(chunk, offset);
          offset += chunk.byteLength;
        }
        resolve(bytes);
      });
    });
    this.furniture();
    for (const element of this.parents.splice(0)) element.end();
    this.doc.end();
    return done;
  }
}
