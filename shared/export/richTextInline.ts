import { ExternalHyperlink, TextRun, type IRunOptions, type ParagraphChild } from 'docx';
import { parseExternalUrl } from '../util/safeUrl';
import { plainText } from '../richText/plainText';

export type JsonNode = {
  type?: unknown;
  attrs?: Record<string, unknown>;
  content?: unknown[];
  text?: unknown;
  marks?: unknown[];
};

export const asNode = (value: unknown): JsonNode => (typeof value === 'object' && value !== null ? (value as JsonNode) : {});

/*
 * Characters XML 1.0 forbids (most C0 controls, lone surrogates, U+FFFE/F).
 * One of them in document.xml and Word reports the whole file as damaged.
 */
// eslint-disable-next-line no-control-regex -- the control characters are exactly what must go
const notInXml = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

export const xmlSafe = (text: string): string => text.replace(notInXml, '');

export const monospace = 'Courier New';

type Marks = Pick<IRunOptions, 'bold' | 'italics' | 'underline' | 'strike' | 'font'>;

function runFormatting(marks: readonly JsonNode[]): Marks {
  const formatting: { -readonly [K in keyof Marks]: Marks[K] } = {};
  for (const mark of marks) {
    switch (mark.type) {
      case 'bold':
        formatting.bold = true;
        break;
      case 'italic':
        formatting.italics = true;
        break;
      case 'underline':
        formatting.underline = {};
        break;
      case 'strike':
        formatting.strike = true;
        break;
      case 'code':
        formatting.font = monospace;
        break;
      // link is a wrapper, not formatting; a mark this writer does not know keeps its text unformatted.
    }
  }
  return formatting;
}

function linkOf(marks: readonly JsonNode[]): URL | null {
  const link = marks.find((mark) => mark.type === 'link');
  const href = link?.attrs?.href;
  return typeof href === 'string' ? parseExternalUrl(href) : null;
}

/** A visible stand-in for content this writer cannot render, keeping its text so nothing silently disappears. */
export function placeholderRuns(node: JsonNode): TextRun[] {
  const type = typeof node.type === 'string' ? node.type : 'onbekend';
  const text = xmlSafe(plainText(node));
  return [
    new TextRun({ text: `[Onderdeel niet weer te geven: ${xmlSafe(type)}]`, italics: true, highlight: 'yellow' }),
    ...(text ? [new TextRun({ text: ` ${text}` })] : []),
  ];
}

/** The runs of a paragraph-like node's inline content. */
export function inlineRuns(content: readonly unknown[] | undefined, base: Marks = {}): ParagraphChild[] {
  const runs: ParagraphChild[] = [];
  for (const raw of content ?? []) {
    const node = asNode(raw);
    if (node.type === 'hardBreak') {
      runs.push(new TextRun({ break: 1 }));
    } else if (node.type === 'text' && typeof node.text === 'string') {
      const marks = (node.marks ?? []).map(asNode);
      const options = { text: xmlSafe(node.text), ...base, ...runFormatting(marks) };
      const link = linkOf(marks);
      runs.push(
        link
          ? new ExternalHyperlink({ link: link.href, children: [new TextRun({ ...options, style: 'Hyperlink' })] })
          : new TextRun(options),
      );
    } else {
      runs.push(...placeholderRuns(node));
    }
  }
  return runs;
}
