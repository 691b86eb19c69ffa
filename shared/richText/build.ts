import type { RichText } from '../cases/caseSchema';

/* Small builders for tiptap JSON, for documents the app writes itself (pre-filled text, samples). */

type Block = Record<string, unknown>;

const textContent = (text: string) => (text === '' ? {} : { content: [{ type: 'text', text }] });

export const paragraph = (text: string): Block => ({ type: 'paragraph', ...textContent(text) });

export const heading = (level: 1 | 2 | 3, text: string): Block => ({
  type: 'heading',
  attrs: { level },
  ...textContent(text),
});

export const bulletList = (items: readonly string[]): Block => ({
  type: 'bulletList',
  content: items.map((item) => ({ type: 'listItem', content: [paragraph(item)] })),
});

/** A document of the given blocks; an empty list gives the editor's empty document. */
export const doc = (...blocks: Block[]): RichText => ({
  type: 'doc',
  content: blocks.length > 0 ? blocks : [{ type: 'paragraph' }],
});

/** One paragraph per non-empty line. */
export const paragraphs = (text: string): Block[] =>
  text
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean)
    .map(paragraph);

export const docFromLines = (text: string): RichText => doc(...paragraphs(text));
