/** A tiptap text node as stored: its text and, when it has any, its marks. */
export interface TextNode {
  type: 'text';
  text: string;
  marks?: unknown[];
}

export const isTextNode = (value: unknown): value is TextNode =>
  typeof value === 'object' &&
  value !== null &&
  (value as { type?: unknown }).type === 'text' &&
  typeof (value as { text?: unknown }).text === 'string';

/** Marks are plain JSON written by one editor schema, so equal marks serialise equally. */
export const markKey = (mark: unknown) => JSON.stringify(mark);

/** Whether two text nodes carry the same marks, in any order. */
export const sameMarks = (a: TextNode, b: TextNode) => {
  const keys = new Set((a.marks ?? []).map(markKey));
  return keys.size === (b.marks ?? []).length && (b.marks ?? []).every((mark) => keys.has(markKey(mark)));
};
