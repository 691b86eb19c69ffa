import { element, fragment, text, type Xml } from '../xmlWriter';
import { odtText, span, type OdtWriter } from './odtWriter';

/** A4 with 2.5 cm margins, as the Word documents have. */
export const pageWidthCm = 21;
export const pageHeightCm = 29.7;
export const marginCm = 2.5;
export const contentWidthCm = pageWidthCm - 2 * marginCm;

export const paragraph = (content: Xml, style = 'Text_20_body'): Xml => element('text:p', { 'text:style-name': style }, content);

export const plainParagraph = (value: string, style?: string): Xml => paragraph(odtText(value), style);

/** The document's title: a paragraph in the Title style, above the outline of section headings. */
export const title = (value: string): Xml => paragraph(text(value), 'Title');

/** A heading on a real outline level (1–3), never more than one level below the heading before it. */
export function heading(writer: OdtWriter, wanted: number, content: Xml): Xml {
  const level = writer.headingLevel(wanted);
  return element('text:h', { 'text:style-name': `Heading_20_${level}`, 'text:outline-level': level }, content);
}

export const headingText = (writer: OdtWriter, level: number, value: string): Xml => heading(writer, level, text(value));

/** "Label: value", the label bold. */
export const labelled = (writer: OdtWriter, label: string, value: string): Xml =>
  paragraph(fragment([span(writer, value ? `${label}: ` : label, { bold: true }), odtText(value)]));

export const emphasised = (writer: OdtWriter, value: string): Xml => paragraph(span(writer, value, { italic: true }));

/** Text typed in a plain field: one paragraph per non-empty line block. */
export function plainParagraphs(value: string): Xml[] {
  return value
    .split(/\n\s*\n/)
    .map((part) => part.trim())
    .filter(Boolean)
    .map((part) => plainParagraph(part));
}

export type ListKind = 'Bullets' | 'Numbering' | 'Tasks';

/** A real list: each item's blocks inside a list item, so readers announce it as a list of n items. */
export function list(kind: ListKind, items: readonly Xml[][], start?: number): Xml {
  return element(
    'text:list',
    { 'text:style-name': kind },
    fragment(items.map((blocks, index) => element('text:list-item', index === 0 && start !== undefined && start !== 1 ? { 'text:start-value': start } : {}, ...blocks))),
  );
}

export const bullets = (lines: readonly string[]): Xml => list('Bullets', lines.map((line) => [plainParagraph(line, 'List_20_Contents')]));

export interface TableCell {
  content: Xml[];
  header: boolean;
  colspan: number;
  rowspan: number;
}

/*
 * Cells on a grid: a cell that spans columns or rows covers the cells it
 * reaches, and ODF wants a covered cell written in each of those places, or
 * the following cells slide into the wrong column.
 */
export function table(writer: OdtWriter, rows: readonly TableCell[][], widths: readonly number[]): Xml {
  const columns = widths.length;
  const { name, columns: columnStyles } = writer.table(widths);
  const covered = new Set<string>();
  const written = rows.map((cells, r) => {
    const out: Xml[] = [];
    let c = 0;
    const skipCovered = () => {
      while (c < columns && covered.has(`${r}:${c}`)) {
        out.push(element('table:covered-table-cell'));
        c += 1;
      }
    };
    for (const cell of cells) {
      skipCovered();
      if (c >= columns) break;
      const colspan = Math.min(cell.colspan, columns - c);
      const rowspan = Math.min(cell.rowspan, rows.length - r);
      for (let dr = 0; dr < rowspan; dr++) for (let dc = 0; dc < colspan; dc++) if (dr > 0 || dc > 0) covered.add(`${r + dr}:${c + dc}`);
      out.push(
        element(
          'table:table-cell',
          {
            'table:style-name': cell.header ? 'HeaderCell' : 'Cell',
            'office:value-type': 'string',
            'table:number-columns-spanned': colspan > 1 ? colspan : undefined,
            'table:number-rows-spanned': rowspan > 1 ? rowspan : undefined,
          },
          // A cell holds at least one paragraph, or readers show it collapsed.
          ...(cell.content.length > 0 ? cell.content : [paragraph(text(''), 'Table_20_Contents')]),
        ),
      );
      c += 1;
      for (let dc = 1; dc < colspan; dc++) {
        out.push(element('table:covered-table-cell'));
        c += 1;
      }
    }
    skipCovered();
    // Short rows are filled out, so every row has as many cells as the table has columns.
    while (c < columns) {
      out.push(element('table:table-cell', { 'table:style-name': 'Cell', 'office:value-type': 'string' }, paragraph(text(''), 'Table_20_Contents')));
      c += 1;
    }
    return { header: cells.length > 0 && cells.every((cell) => cell.header), xml: element('table:table-row', {}, ...out) };
  });
  // Leading header rows repeat on every page and are announced as headers.
  const headerCount = written.findIndex((row) => !row.header);
  const split = headerCount === -1 ? written.length : headerCount;
  const head = written.slice(0, split).map((row) => row.xml);
  const body = written.slice(split).map((row) => row.xml);
  return element(
    'table:table',
    { 'table:name': name, 'table:style-name': name },
    ...columnStyles.map((style) => element('table:table-column', { 'table:style-name': style })),
    ...(head.length ? [element('table:table-header-rows', {}, ...head)] : []),
    ...body,
  );
}

const cellText = (writer: OdtWriter, value: string, header: boolean): TableCell => ({
  content: [paragraph(header ? span(writer, value, { bold: true }) : odtText(value), header ? 'Table_20_Heading' : 'Table_20_Contents')],
  header,
  colspan: 1,
  rowspan: 1,
});

/** A table of plain values under a header row; `fractions` divide the text width between the columns. */
export function dataTable(writer: OdtWriter, header: readonly string[], rows: readonly (readonly string[])[], fractions: readonly number[]): Xml {
  return table(
    writer,
    [header.map((value) => cellText(writer, value, true)), ...rows.map((row) => row.map((value) => cellText(writer, value, false)))],
    fractions.map((fraction) => contentWidthCm * fraction),
  );
}

/** Label and value side by side, the labels in the accent colour's column. */
export function labelTable(writer: OdtWriter, rows: readonly (readonly [string, string])[]): Xml {
  return table(
    writer,
    rows.map(([label, value]) => [cellText(writer, label, true), cellText(writer, value, false)]),
    [contentWidthCm * 0.3, contentWidthCm * 0.7],
  );
}
