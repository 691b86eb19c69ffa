import { BorderStyle, HeadingLevel, Paragraph, TextRun, type IParagraphOptions, type Table } from 'docx';
import { listContinuationIndent, bulletReference, type ListNumbering } from './listNumbering';
import { asNode, inlineRuns, monospace, placeholderRuns, xmlSafe, type JsonNode } from './richTextInline';
import { tableToDocx } from './richTextTable';

export interface RichTextContext {
  lists: ListNumbering;
  /** Width available to tables, in dxa (twentieths of a point). */
  width: number;
  /** Fill of table header cells, as #rrggbb. */
  accent: string;
}

export type Block = Paragraph | Table;

interface State {
  width: number;
  /** Nesting depth of lists around the current block, -1 outside any list. */
  level: number;
  quote: boolean;
  bold: boolean;
}

/*
 * The editor's headings are levels 2 and 3 under the document's own level-1
 * section headings. Anything else is brought into that range, keeping the
 * outline Word's navigation pane and screen readers rely on.
 */
const headingLevels = { 2: HeadingLevel.HEADING_2, 3: HeadingLevel.HEADING_3 } as const;
const headingLevel = (value: unknown) => headingLevels[Number(value) >= 3 ? 3 : 2];

function paragraphOptions(state: State): Partial<IParagraphOptions> {
  if (state.quote) return { style: 'Quote' };
  if (state.level >= 0) return { indent: listContinuationIndent(state.level) };
  return {};
}

function paragraph(node: JsonNode, state: State, extra: Partial<IParagraphOptions> = {}): Paragraph {
  return new Paragraph({
    ...paragraphOptions(state),
    ...extra,
    children: inlineRuns(node.content, state.bold ? { bold: true } : {}),
  });
}

function listItems(node: JsonNode, context: RichTextContext, state: State): Block[] {
  const level = Math.min(state.level + 1, 8);
  const instance = context.lists.next();
  const start = Number.isInteger(node.attrs?.start) && (node.attrs!.start as number) >= 0 ? (node.attrs!.start as number) : 1;
  const reference = node.type === 'orderedList' ? context.lists.ordered(start) : bulletReference;
  const inner: State = { ...state, level };
  const out: Block[] = [];
  for (const rawItem of node.content ?? []) {
    const item = asNode(rawItem);
    const [first, ...rest] = (item.content ?? []).map(asNode);
    // The number goes on the item's first paragraph; the rest of the item hangs under it.
    if (first?.type === 'paragraph') out.push(paragraph(first, inner, { numbering: { reference, level, instance } }));
    else out.push(new Paragraph({ numbering: { reference, level, instance }, children: [] }), ...blocks(first ? [first] : [], context, inner));
    out.push(...blocks(rest, context, inner));
  }
  return out;
}

function taskItems(node: JsonNode, context: RichTextContext, state: State): Block[] {
  const level = Math.min(state.level + 1, 8);
  const inner: State = { ...state, level };
  const out: Block[] = [];
  for (const rawItem of node.content ?? []) {
    const item = asNode(rawItem);
    const done = item.attrs?.checked === true;
    const [first, ...rest] = (item.content ?? []).map(asNode);
    out.push(
      new Paragraph({
        style: 'ListParagraph',
        indent: { left: 360 * (level + 1), hanging: 360 },
        children: [
          new TextRun({ text: done ? '☒ ' : '☐ ' }),
          ...(first?.type === 'paragraph' ? inlineRuns(first.content) : []),
          ...(done ? [new TextRun({ text: ' (afgerond)', italics: true })] : []),
        ],
      }),
    );
    out.push(...blocks(first?.type === 'paragraph' ? rest : [first, ...rest].filter(Boolean), context, inner));
  }
  return out;
}

function codeBlock(node: JsonNode, state: State): Paragraph {
  const lines = (node.content ?? []).map((child) => {
    const text = asNode(child).text;
    return typeof text === 'string' ? text : '';
  });
  const runs = xmlSafe(lines.join(''))
    .split('\n')
    .map((line, index) => new TextRun({ text: line, font: monospace, break: index > 0 ? 1 : undefined }));
  return new Paragraph({ ...paragraphOptions(state), shading: { fill: 'F2F2F2', type: 'clear', color: 'auto' }, children: runs });
}

function block(node: JsonNode, context: RichTextContext, state: State): Block[] {
  switch (node.type) {
    case 'paragraph':
      return [paragraph(node, state)];
    case 'heading':
      return [new Paragraph({ heading: headingLevel(node.attrs?.level), children: inlineRuns(node.content) })];
    case 'blockquote':
      return blocks(node.content ?? [], context, { ...state, quote: true });
    case 'bulletList':
    case 'orderedList':
      return listItems(node, context, state);
    case 'taskList':
      return taskItems(node, context, state);
    case 'codeBlock':
      return [codeBlock(node, state)];
    case 'horizontalRule':
      return [new Paragraph({ border: { bottom: { style: BorderStyle.SINGLE, size: 6, color: 'auto', space: 1 } }, children: [] })];
    case 'table':
      return [
        tableToDocx(node, state.width, (content, width, header) => blocks(content, context, { width, level: -1, quote: false, bold: header }), context.accent),
        // Word merges two tables that touch into one; a paragraph keeps them apart.
        new Paragraph({ children: [] }),
      ];
    default:
      return [new Paragraph({ ...paragraphOptions(state), children: placeholderRuns(node) })];
  }
}

function blocks(content: readonly unknown[], context: RichTextContext, state: State): Block[] {
  return content.flatMap((child) => block(asNode(child), context, state));
}

/**
 * Word content for a stored rich-text document (tiptap JSON). Every node and
 * mark the editor allows has its Word counterpart; anything else becomes a
 * visible placeholder with its text, never an error or a silent gap.
 * `indentLevel` writes the content as the continuation of a list item at that level.
 */
export function richTextToDocx(doc: unknown, context: RichTextContext, options: { indentLevel?: number } = {}): Block[] {
  const root = asNode(doc);
  if (root.type !== 'doc') return [new Paragraph({ children: placeholderRuns(root) })];
  return blocks(root.content ?? [], context, { width: context.width, level: options.indentLevel ?? -1, quote: false, bold: false });
}
