import { plainText } from '../../richText/plainText';
import { parseExternalUrl } from '../../util/safeUrl';
import { asNode, type JsonNode } from '../richTextInline';
import type { PdfWriter, Run } from './pdfWriter';

interface State {
  /** The PDF heading level of the section the text stands in; the editor's headings go below it. */
  sectionLevel: number;
  /** Nesting depth of lists around the current block, -1 outside any list. */
  depth: number;
  quote: boolean;
}

/** A link shows its address after its text: on paper, and in a reader that offers no link, the address is what counts. */
function linkSuffix(text: string, marks: readonly JsonNode[]): string {
  const href = marks.find((mark) => mark.type === 'link')?.attrs?.href;
  const url = typeof href === 'string' ? parseExternalUrl(href) : null;
  if (!url || text.trim() === url.href || text.trim() === href) return '';
  return ` (${url.href})`;
}

const placeholder = (node: JsonNode): Run[] => {
  const text = plainText(node);
  return [
    { text: `[Onderdeel niet weer te geven: ${typeof node.type === 'string' ? node.type : 'onbekend'}]`, italic: true },
    ...(text ? [{ text: ` ${text}` }] : []),
  ];
};

/** The runs of a paragraph-like node's inline content; a hard break is a line break inside the run. */
export function inlineRunsOf(content: readonly unknown[] | undefined, base: Partial<Run> = {}): Run[] {
  const runs: Run[] = [];
  for (const raw of content ?? []) {
    const node = asNode(raw);
    if (node.type === 'hardBreak') runs.push({ ...base, text: '\n' });
    else if (node.type === 'text' && typeof node.text === 'string') {
      const marks = (node.marks ?? []).map(asNode);
      const has = (type: string) => marks.some((mark) => mark.type === type);
      const link = has('link');
      runs.push({
        ...base,
        text: node.text + linkSuffix(node.text, marks),
        bold: base.bold || has('bold'),
        italic: base.italic || has('italic'),
        underline: has('underline') || link,
        strike: has('strike'),
        mono: has('code'),
      });
    } else runs.push(...placeholder(node));
  }
  return runs;
}

const orderedFormats: ((n: number) => string)[] = [
  (n) => String(n),
  (n) => {
    let out = '';
    for (let rest = n; rest > 0; rest = Math.floor((rest - 1) / 26)) out = String.fromCharCode(97 + ((rest - 1) % 26)) + out;
    return out;
  },
  (n) => {
    const numerals: [number, string][] = [[1000, 'm'], [900, 'cm'], [500, 'd'], [400, 'cd'], [100, 'c'], [90, 'xc'], [50, 'l'], [40, 'xl'], [10, 'x'], [9, 'ix'], [5, 'v'], [4, 'iv'], [1, 'i']];
    let out = '';
    let rest = n;
    for (const [value, numeral] of numerals) for (; rest >= value; rest -= value) out += numeral;
    return out;
  },
];
const bulletSymbols = ['•', '◦', '▪'];

/** The label of each item: numbers (1., a., i. by depth) for an ordered list, bullets otherwise. */
function listLabels(node: JsonNode, count: number, depth: number): string[] {
  if (node.type !== 'orderedList') return Array.from({ length: count }, () => bulletSymbols[depth % 3]!);
  const start = Number.isInteger(node.attrs?.start) && (node.attrs!.start as number) >= 0 ? (node.attrs!.start as number) : 1;
  return Array.from({ length: count }, (_, i) => `${orderedFormats[depth % 3]!(start + i)}.`);
}

/** A table's cells as text, a header row (all header cells) apart: the PDF table holds text cells. */
function tableOf(node: JsonNode): { header?: string[]; rows: string[][] } {
  const rows = (node.content ?? []).map(asNode).filter((row) => row.type === 'tableRow');
  const cells = rows.map((row) => (row.content ?? []).map(asNode));
  const texts = cells.map((row) => row.map((cell) => plainText(cell).replace(/\n+/g, '\n')));
  const headed = cells[0]?.length && cells[0].every((cell) => cell.type === 'tableHeader');
  return headed ? { header: texts[0], rows: texts.slice(1) } : { rows: texts };
}

function block(node: JsonNode, writer: PdfWriter, state: State) {
  switch (node.type) {
    case 'paragraph':
      return writer.paragraph(inlineRunsOf(node.content), { quote: state.quote });
    case 'heading':
      // The editor's level 2 is the first level under the section heading.
      return writer.heading(state.sectionLevel + (Number(node.attrs?.level) >= 3 ? 2 : 1), plainText(node));
    case 'blockquote':
      return writer.group('BlockQuote', () => blocks(node.content ?? [], writer, { ...state, quote: true }));
    case 'bulletList':
    case 'orderedList':
    case 'taskList': {
      const items = (node.content ?? []).map(asNode);
      const inner = { ...state, depth: state.depth + 1 };
      const labels =
        node.type === 'taskList' ? items.map((item) => (item.attrs?.checked === true ? '■' : '□')) : listLabels(node, items.length, inner.depth);
      const done = (item: JsonNode) => node.type === 'taskList' && item.attrs?.checked === true;
      return writer.list(
        labels,
        items.map((item) => () => {
          const [first, ...rest] = (item.content ?? []).map(asNode);
          if (first?.type === 'paragraph' && done(item)) writer.paragraph([...inlineRunsOf(first.content), { text: ' (afgerond)', italic: true }]);
          else if (first) block(first, writer, inner);
          blocks(rest, writer, inner);
        }),
      );
    }
    case 'codeBlock':
      return writer.paragraph([{ text: plainText(node) }], { code: true });
    case 'horizontalRule':
      return writer.rule();
    case 'table':
      return writer.table(tableOf(node));
    default:
      return writer.paragraph(placeholder(node));
  }
}

function blocks(content: readonly unknown[], writer: PdfWriter, state: State) {
  for (const child of content) block(asNode(child), writer, state);
}

/**
 * A stored rich-text document (tiptap JSON) into the PDF, under a heading of
 * `sectionLevel`. Every node the editor allows has its PDF counterpart;
 * anything else becomes a visible placeholder with its text, as in Word.
 */
export function richTextToPdf(doc: unknown, writer: PdfWriter, sectionLevel: number) {
  const root = asNode(doc);
  if (root.type !== 'doc') return writer.paragraph(placeholder(root));
  blocks(root.content ?? [], writer, { sectionLevel, depth: -1, quote: false });
}
