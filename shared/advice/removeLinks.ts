import type { RichText } from '../cases/caseSchema';
import { isTextNode, sameMarks, type TextNode } from './textNodes';

function linkHref(mark: unknown): string | null {
  if (typeof mark !== 'object' || mark === null || (mark as { type?: unknown }).type !== 'link') return null;
  const href = (mark as { attrs?: { href?: unknown } }).attrs?.href;
  return typeof href === 'string' ? href : null;
}

/**
 * The document without the links whose address `remove` picks: their text
 * stays, with its other marks. Text that lost a link joins the text next to it
 * when their marks are now equal, as the editor would join it, so the Word
 * export writes one run. Everything else, and the document given, is left as
 * it is.
 */
export function removeLinksWhere(doc: RichText, remove: (href: string) => boolean): RichText {
  const unlinked = new Set<TextNode>();
  const removes = (mark: unknown) => {
    const href = linkHref(mark);
    return href !== null && remove(href);
  };

  const join = (content: readonly unknown[]): unknown[] => {
    const output: unknown[] = [];
    for (const child of content) {
      const last = output.at(-1);
      if (isTextNode(last) && isTextNode(child) && (unlinked.has(last) || unlinked.has(child)) && sameMarks(last, child)) {
        const joined = { ...last, text: last.text + child.text };
        unlinked.add(joined);
        output[output.length - 1] = joined;
      } else {
        output.push(child);
      }
    }
    return output;
  };

  // A node with no link to remove in it is given back as it is: most of a document has none, and copying it all costs time.
  const walk = (value: unknown): unknown => {
    if (Array.isArray(value)) return value.map(walk);
    if (typeof value !== 'object' || value === null) return value;
    const { content, marks } = value as { content?: unknown; marks?: unknown };
    const kept = Array.isArray(marks) ? marks.filter((mark) => !removes(mark)) : null;
    const lostLink = kept !== null && kept.length !== (marks as unknown[]).length;
    const walked = Array.isArray(content) ? content.map(walk) : null;
    const contentChanged = walked !== null && walked.some((child, i) => child !== (content as unknown[])[i]);
    if (!lostLink && !contentChanged) return value;
    const node = Object.fromEntries(
      Object.entries(value).flatMap(([key, child]): [string, unknown][] => {
        if (key === 'content' && contentChanged) return [[key, join(walked)]];
        if (key === 'marks' && lostLink) return kept.length > 0 ? [[key, kept]] : [];
        return [[key, child]];
      }),
    );
    if (lostLink && isTextNode(node)) unlinked.add(node);
    return node;
  };

  return walk(doc) as RichText;
}
