import { plainText } from '../../richText/plainText';
import { asNode, type JsonNode } from '../richTextInline';
import { element, fragment, text, type Xml } from '../xmlWriter';
import { contentWidthCm, heading, list, paragraph, table, type TableCell } from './odtBlocks';
import { inlineOdt, odtText, span, type OdtWriter } from './odtWriter';

interface State {
  /** Paragraph style for plain paragraphs here (body, list, quote, table cell). */
  style: string;
  bold: boolean;
  /** Width available to a table here, in cm. */
  width: number;
}

const cellSpan = (value: unknown) => (Number.isInteger(value) && (value as number) >= 1 ? Math.min(value as number, 63) : 1);

/** A visible stand-in for content this writer cannot render, keeping its text so nothing silently disappears. */
function placeholder(writer: OdtWriter, node: JsonNode, state: State): Xml {
  const type = typeof node.type === 'string' ? node.type : 'onbekend';
  const value = plainText(node);
  return paragraph(
    fragment([span(writer, `[Onderdeel niet weer te geven: ${type}]`, { italic: true, highlight: true }), ...(value ? [odtText(` ${value}`)] : [])]),
    state.style,
  );
}

function listOf(writer: OdtWriter, node: JsonNode, state: State): Xml {
  const inner: State = { ...state, style: 'List_20_Contents' };
  const items = (node.content ?? []).map((item) => blocks(writer, asNode(item).content ?? [], inner));
  const start = Number.isInteger(node.attrs?.start) && (node.attrs!.start as number) >= 0 ? (node.attrs!.start as number) : undefined;
  return list(node.type === 'orderedList' ? 'Numbering' : 'Bullets', items, start);
}

/** A checklist as a real list whose items begin with their box, ticked or not. */
function taskList(writer: OdtWriter, node: JsonNode, state: State): Xml {
  const inner: State = { ...state, style: 'List_20_Contents' };
  const items = (node.content ?? []).map((raw) => {
    const item = asNode(raw);
    const done = item.attrs?.checked === true;
    const [first, ...rest] = (item.content ?? []).map(asNode);
    const lead = fragment([
      text(done ? '☒ ' : '☐ '),
      first?.type === 'paragraph' ? inlineOdt(writer, first.content) : fragment([]),
      ...(done ? [span(writer, ' (afgerond)', { italic: true })] : []),
    ]);
    return [paragraph(lead, inner.style), ...blocks(writer, first?.type === 'paragraph' ? rest : [first, ...rest].filter(Boolean), inner)];
  });
  return list('Tasks', items);
}

function codeBlock(node: JsonNode): Xml {
  const lines = (node.content ?? []).map((child) => {
    const value = asNode(child).text;
    return typeof value === 'string' ? value : '';
  });
  return paragraph(odtText(lines.join('')), 'Preformatted_20_Text');
}

function tableOf(writer: OdtWriter, node: JsonNode, state: State): Xml {
  const rows = (node.content ?? []).map(asNode).filter((row) => row.type === 'tableRow');
  const columns = Math.max(1, ...rows.map((row) => (row.content ?? []).map(asNode).reduce((sum, cell) => sum + cellSpan(cell.attrs?.colspan), 0)));
  const column = state.width / Math.min(columns, 63);
  const cells: TableCell[][] = rows.map((row) =>
    (row.content ?? []).map(asNode).map((cell) => {
      const header = cell.type === 'tableHeader';
      return {
        content: blocks(writer, cell.content ?? [], { style: header ? 'Table_20_Heading' : 'Table_20_Contents', bold: header, width: column * cellSpan(cell.attrs?.colspan) }),
        header,
        colspan: cellSpan(cell.attrs?.colspan),
        rowspan: cellSpan(cell.attrs?.rowspan),
      };
    }),
  );
  return table(writer, cells, Array.from({ length: Math.min(columns, 63) }, () => column));
}

function block(writer: OdtWriter, node: JsonNode, state: State): Xml[] {
  switch (node.type) {
    case 'paragraph':
      return [paragraph(inlineOdt(writer, node.content, state.bold ? { bold: true } : {}), state.style)];
    case 'heading':
      // The editor's headings sit under the document's own level-1 section headings.
      return [heading(writer, Number(node.attrs?.level) >= 3 ? 3 : 2, inlineOdt(writer, node.content))];
    case 'blockquote':
      return blocks(writer, node.content ?? [], { ...state, style: 'Quotations' });
    case 'bulletList':
    case 'orderedList':
      return [listOf(writer, node, state)];
    case 'taskList':
      return [taskList(writer, node, state)];
    case 'codeBlock':
      return [codeBlock(node)];
    case 'horizontalRule':
      return [element('text:p', { 'text:style-name': 'Horizontal_20_Line' })];
    case 'table':
      return [tableOf(writer, node, state)];
    default:
      return [placeholder(writer, node, state)];
  }
}

function blocks(writer: OdtWriter, content: readonly unknown[], state: State): Xml[] {
  return content.flatMap((child) => block(writer, asNode(child), state));
}

/**
 * ODF content for a stored rich-text document (tiptap JSON): every node and
 * mark the editor allows has its ODF counterpart; anything else becomes a
 * visible placeholder with its text, as in the Word writer.
 */
export function richTextToOdt(writer: OdtWriter, doc: unknown, options: { style?: string } = {}): Xml[] {
  const root = asNode(doc);
  const state: State = { style: options.style ?? 'Text_20_body', bold: false, width: contentWidthCm };
  if (root.type !== 'doc') return [placeholder(writer, root, state)];
  return blocks(writer, root.content ?? [], state);
}
