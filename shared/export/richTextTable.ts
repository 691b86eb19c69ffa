import { Paragraph, Table, TableCell, TableRow, TextRun, WidthType } from 'docx';
import { asNode, type JsonNode } from './richTextInline';

/** Writes a cell's blocks; header cells are written bold. */
export type BlockWriter = (content: readonly unknown[], width: number, header: boolean) => (Paragraph | Table)[];

const span = (value: unknown) => (Number.isInteger(value) && (value as number) >= 1 ? Math.min(value as number, 63) : 1);

/** Word's own ceiling is 63 columns; a wider stored table is cut there rather than making Word repair the file. */
function columnCount(rows: readonly JsonNode[]): number {
  let widest = 1;
  for (const row of rows) {
    const cells = (row.content ?? []).map(asNode);
    widest = Math.max(widest, cells.reduce((sum, cell) => sum + span(cell.attrs?.colspan), 0));
  }
  return Math.min(widest, 63);
}

/*
 * Widths in dxa, with a grid of explicit column widths that adds up to the
 * table's width: Word repairs tables given in percentages or without a grid,
 * and LibreOffice lays auto-width tables out differently from Word.
 */
export function tableToDocx(node: JsonNode, width: number, writeBlocks: BlockWriter, accent: string): Table {
  const rows = (node.content ?? []).map(asNode).filter((row) => row.type === 'tableRow');
  const columns = columnCount(rows);
  const column = Math.floor(width / columns);
  const docxRows = rows.map((row) => {
    const cells = (row.content ?? []).map(asNode);
    const isHeaderRow = cells.length > 0 && cells.every((cell) => cell.type === 'tableHeader');
    return new TableRow({
      // A header row is repeated on every page and announced as such by screen readers.
      ...(isHeaderRow ? { tableHeader: true } : {}),
      children: cells.map((cell) => {
        const colspan = Math.min(span(cell.attrs?.colspan), columns);
        const cellWidth = column * colspan;
        const header = cell.type === 'tableHeader';
        const content = writeBlocks(cell.content ?? [], cellWidth - 216, header);
        return new TableCell({
          width: { size: cellWidth, type: WidthType.DXA },
          columnSpan: colspan > 1 ? colspan : undefined,
          rowSpan: span(cell.attrs?.rowspan) > 1 ? span(cell.attrs?.rowspan) : undefined,
          shading: header ? { fill: accent.replace('#', ''), type: 'clear', color: 'auto' } : undefined,
          // A cell must end with a paragraph, or Word calls the file damaged.
          children: content.at(-1) instanceof Paragraph ? content : [...content, new Paragraph({ children: [new TextRun('')] })],
        });
      }),
    });
  });
  return new Table({
    width: { size: column * columns, type: WidthType.DXA },
    columnWidths: Array.from({ length: columns }, () => column),
    rows: docxRows.length > 0 ? docxRows : [new TableRow({ children: [new TableCell({ children: [new Paragraph('')] })] })],
  });
}
