import { BorderStyle, Paragraph, TextRun, type IParagraphOptions, type Table } from 'docx';
import { headingStyle, type HeadingDepth } from './documentBlocks';
import { listContinuationIndent, bulletReference, taskReference, type ListNumbering } from './listNumbering';
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
  /** The heading level the text sits under, and the level of the last heading written; shared by the whole walk. */
  outline: { under: HeadingDepth; last: number };
}

const deepest: HeadingDepth = 4;

/*
 * The editor's headings (levels 2 and 3) sit one and two levels under the
 * heading the text belongs to, and never deeper than one level under the
 * heading before them: an outline without gaps is what Word's navigation
 * pane, the PDF's bookmarks and screen readers walk.
 */
function headingLevel(value: unknown, outline: State['outline']): HeadingDepth {
  const steps = Math.max(1, (Number.isInteger(value) ? (value as number) : 2) - 1);
  const level = Math.min(outline.under + steps, outline.last + 1, deepest) as HeadingDepth;
  outline.last = level;
  return level;
}

/** Text that follows a table gets room from the table, as a heading gets it from what it follows. */
const afterTable: Partial<IParagraphOptions> = { spacing: { before: 160 } };

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

/*
 * A task list is a real list: each item a list paragraph whose marker is
 * ☐ or ☑ from its numbering, so readers announce it as a list item. The
 * words "(afgerond)" say the same for who cannot see the mark.
 */
function taskItems(node: JsonNode, context: RichTextContext, state: State): Block[] {
  const level = Math.min(state.level + 1, 8);
  const instance = context.lists.next();
  const inner: State = { ...state, level };
  const out: Block[] = [];
  for (const rawItem of node.content ?? []) {
    const item = asNode(rawItem);
    const done = item.attrs?.checked === true;
    const [first, ...rest] = (item.content ?? []).map(asNode);
    out.push(
      new Paragraph({
        numbering: { reference: taskReference(done), level, instance },
        children: [
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

function block(node: JsonNode, context: RichTextContext, state: State, followsTable: boolean): Block[] {
  switch (node.type) {
    case 'paragraph':
      return [paragraph(node, state, followsTable ? afterTable : {})];
    case 'heading':
      return [new Paragraph({ heading: headingStyle(headingLevel(node.attrs?.level, state.outline)), children: inlineRuns(node.content) })];
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
      return [tableToDocx(node, state.width, (content, width, header) => blocks(content, context, { ...state, width, level: -1, quote: false, bold: header }), context.accent)];
    default:
      return [new Paragraph({ ...paragraphOptions(state), children: placeholderRuns(node) })];
  }
}

function blocks(content: readonly unknown[], context: RichTextContext, state: State): Block[] {
  const nodes = content.map(asNode);
  return nodes.flatMap((node, index) => {
    const out = block(node, context, state, nodes[index - 1]?.type === 'table');
    // Word merges two tables that touch into one; only there does a paragraph of its own keep them apart.
    if (node.type === 'table' && nodes[index + 1]?.type === 'table') out.push(new Paragraph({ children: [] }));
    return out;
  });
}

/**
 * Word content for a stored rich-text document (tiptap JSON). Every node and
 * mark the editor allows has its Word counterpart; anything else becomes a
 * visible placeholder with its text, never an error or a silent gap.
 * `indentLevel` writes the content as the continuation of a list item at that level;
 * `under` is the level of the heading the text sits under.
 */
export function richTextToDocx(doc: unknown, context: RichTextContext, options: { indentLevel?: number; under?: HeadingDepth } = {}): Block[] {
  const root = asNode(doc);
  if (root.type !== 'doc') return [new Paragraph({ children: placeholderRuns(root) })];
  const under = options.under ?? 1;
  return blocks(root.content ?? [], context, {
    width: context.width,
    level: options.indentLevel ?? -1,
    quote: false,
    bold: false,
    outline: { under, last: under },
  });
}
