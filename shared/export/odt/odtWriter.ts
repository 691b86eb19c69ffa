import { parseExternalUrl } from '../../util/safeUrl';
import { plainText } from '../../richText/plainText';
import { asNode, type JsonNode } from '../richTextInline';
import { element, fragment, text, type Xml } from '../xmlWriter';

export const odfNamespaces = {
  'xmlns:office': 'urn:oasis:names:tc:opendocument:xmlns:office:1.0',
  'xmlns:style': 'urn:oasis:names:tc:opendocument:xmlns:style:1.0',
  'xmlns:text': 'urn:oasis:names:tc:opendocument:xmlns:text:1.0',
  'xmlns:table': 'urn:oasis:names:tc:opendocument:xmlns:table:1.0',
  'xmlns:draw': 'urn:oasis:names:tc:opendocument:xmlns:drawing:1.0',
  'xmlns:fo': 'urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0',
  'xmlns:svg': 'urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0',
  'xmlns:xlink': 'http://www.w3.org/1999/xlink',
  'xmlns:dc': 'http://purl.org/dc/elements/1.1/',
  'xmlns:meta': 'urn:oasis:names:tc:opendocument:xmlns:meta:1.0',
} as const;

export const odfVersion = '1.3';

/** Character formatting a run can have; each combination in use becomes one automatic text style. */
export interface RunFormat {
  bold?: boolean;
  italic?: boolean;
  underline?: boolean;
  strike?: boolean;
  code?: boolean;
  highlight?: boolean;
}

const formatFlags = ['bold', 'italic', 'underline', 'strike', 'code', 'highlight'] as const;

/**
 * What one document collects while it is written: the text styles its runs
 * need, the outline level it has reached (headings never skip one) and the
 * number of tables (each has a unique name in ODF).
 */
export class OdtWriter {
  private readonly textStyles = new Map<string, RunFormat>();
  private readonly tableStyles: Xml[] = [];
  private lastHeading = 0;
  private tables = 0;

  /** `accent` fills table header cells. */
  constructor(private readonly accent: string) {}

  /** The name of the automatic style for a combination, made on first use; null for plain text. */
  textStyle(format: RunFormat): string | null {
    const flags = formatFlags.filter((flag) => format[flag]);
    if (flags.length === 0) return null;
    const name = `T_${flags.join('_')}`;
    if (!this.textStyles.has(name)) this.textStyles.set(name, format);
    return name;
  }

  /*
   * Screen readers and the navigator list headings by level; a jump from 1 to
   * 3 reads as a missing section. A heading goes at most one level below the
   * one before it.
   */
  headingLevel(wanted: number): number {
    const level = Math.max(1, Math.min(wanted, this.lastHeading + 1));
    this.lastHeading = level;
    return level;
  }

  /** A new table's name, with automatic styles that give its columns these widths (in cm). */
  table(widths: readonly number[]): { name: string; columns: string[] } {
    this.tables += 1;
    const name = `Tabel${this.tables}`;
    const total = widths.reduce((sum, width) => sum + width, 0);
    this.tableStyles.push(
      element(
        'style:style',
        { 'style:name': name, 'style:family': 'table' },
        element('style:table-properties', { 'style:width': `${total.toFixed(3)}cm`, 'table:align': 'left', 'table:border-model': 'collapsing', 'fo:margin-bottom': '0.2cm' }),
      ),
    );
    const columns = widths.map((width, index) => {
      const column = `${name}.C${index + 1}`;
      this.tableStyles.push(
        element('style:style', { 'style:name': column, 'style:family': 'table-column' }, element('style:table-column-properties', { 'style:column-width': `${width.toFixed(3)}cm` })),
      );
      return column;
    });
    return { name, columns };
  }

  /** Every automatic style the content used, for content.xml. */
  automaticStyles(): Xml {
    const cell = (name: string, fill: string | undefined) =>
      element(
        'style:style',
        { 'style:name': name, 'style:family': 'table-cell' },
        element('style:table-cell-properties', { 'fo:padding': '0.1cm', 'fo:border': '0.5pt solid #808080', 'fo:background-color': fill }),
      );
    return fragment([cell('Cell', undefined), cell('HeaderCell', this.accent), ...this.tableStyles, this.automaticTextStyles()]);
  }

  private automaticTextStyles(): Xml {
    return fragment(
      [...this.textStyles].map(([name, format]) =>
        element(
          'style:style',
          { 'style:name': name, 'style:family': 'text' },
          element('style:text-properties', {
            'fo:font-weight': format.bold ? 'bold' : undefined,
            'fo:font-style': format.italic ? 'italic' : undefined,
            'style:text-underline-style': format.underline ? 'solid' : undefined,
            'style:text-underline-width': format.underline ? 'auto' : undefined,
            'style:text-underline-color': format.underline ? 'font-color' : undefined,
            'style:text-line-through-style': format.strike ? 'solid' : undefined,
            'style:font-name': format.code ? 'Liberation Mono' : undefined,
            'fo:background-color': format.highlight ? '#ffff00' : undefined,
          }),
        ),
      ),
    );
  }
}

/*
 * ODF collapses runs of spaces and ignores tabs and newlines in text, so
 * they are written as their own elements; otherwise indented text and line
 * breaks typed by a person vanish.
 */
export function odtText(value: string): Xml {
  const parts: Xml[] = [];
  for (const piece of value.split(/(\n| {2,}|\t)/)) {
    if (piece === '') continue;
    if (piece === '\n') parts.push(element('text:line-break'));
    else if (piece === '\t') parts.push(element('text:tab'));
    else if (/^ {2,}$/.test(piece)) parts.push(text(' '), element('text:s', { 'text:c': piece.length - 1 }));
    else parts.push(text(piece));
  }
  return fragment(parts);
}

/** A run of text in a style, or plain. */
export function span(writer: OdtWriter, value: string, format: RunFormat = {}): Xml {
  const style = writer.textStyle(format);
  return style ? element('text:span', { 'text:style-name': style }, odtText(value)) : odtText(value);
}

function marksOf(node: JsonNode, base: RunFormat): RunFormat {
  const format: RunFormat = { ...base };
  for (const mark of (node.marks ?? []).map(asNode)) {
    if (mark.type === 'bold') format.bold = true;
    else if (mark.type === 'italic') format.italic = true;
    else if (mark.type === 'underline') format.underline = true;
    else if (mark.type === 'strike') format.strike = true;
    else if (mark.type === 'code') format.code = true;
  }
  return format;
}

/** Only links a reader may follow (the same check as everywhere); any other keeps its text without the link. */
function linkOf(node: JsonNode): URL | null {
  const href = (node.marks ?? []).map(asNode).find((mark) => mark.type === 'link')?.attrs?.href;
  return typeof href === 'string' ? parseExternalUrl(href) : null;
}

/** The inline content of a paragraph-like node: text with its marks, links and line breaks. */
export function inlineOdt(writer: OdtWriter, content: readonly unknown[] | undefined, base: RunFormat = {}): Xml {
  const out: Xml[] = [];
  for (const raw of content ?? []) {
    const node = asNode(raw);
    if (node.type === 'hardBreak') {
      out.push(element('text:line-break'));
    } else if (node.type === 'text' && typeof node.text === 'string') {
      const run = span(writer, node.text, marksOf(node, base));
      const link = linkOf(node);
      out.push(link ? element('text:a', { 'xlink:type': 'simple', 'xlink:href': link.href }, run) : run);
    } else {
      out.push(span(writer, plainText(node), base));
    }
  }
  return fragment(out);
}
