import type { RichText } from '../cases/caseSchema';
import { isTextNode, markKey, sameMarks, type TextNode } from './textNodes';

/** A stretch [from, to) of a string and the text that takes its place. */
export interface TextReplacement {
  from: number;
  to: number;
  text: string;
}

/** Finds what to replace in a string: non-overlapping stretches, in order. */
export type FindReplacements = (text: string) => readonly TextReplacement[];

export function applyReplacements(text: string, replacements: readonly TextReplacement[]): string {
  let result = '';
  let cursor = 0;
  for (const { from, to, text: replacement } of replacements) {
    result += text.slice(cursor, from) + replacement;
    cursor = to;
  }
  return result + text.slice(cursor);
}

/**
 * The marks of a replacement: those its first node has and every other node it
 * covers has too. A mark on only part of a name (a bold first name, a link on
 * the surname) would otherwise spread over the whole role, making the role a
 * link, or an emphasis, the writer never put on it. A name within one node
 * keeps all that node's marks.
 */
function sharedMarks(covered: readonly TextNode[]): unknown[] {
  const [first, ...rest] = covered;
  const others = rest.map((node) => new Set((node.marks ?? []).map(markKey)));
  return (first?.marks ?? []).filter((mark) => others.every((keys) => keys.has(markKey(mark))));
}

/** The run's nodes cut to the stretch [from, to) of its joined text; nodes wholly inside stay as they are. */
function slice(run: readonly TextNode[], starts: readonly number[], from: number, to: number): TextNode[] {
  return run.flatMap((node, i) => {
    const start = starts[i]!;
    const end = start + node.text.length;
    if (start >= to || end <= from) return [];
    if (start >= from && end <= to) return [node];
    return [{ ...node, text: node.text.slice(Math.max(from, start) - start, Math.min(to, end) - start) }];
  });
}

/**
 * Replaces within one run of adjacent text nodes as if it were one string, so
 * a name split over differently marked nodes is still found. Text outside the
 * replacements keeps its nodes and marks. A replacement joins the text next to
 * it when their marks are equal, as if replaced in place: a name inside one
 * node leaves one node, and the Word export one run.
 */
function replaceInRun(run: readonly TextNode[], find: FindReplacements): readonly TextNode[] {
  const replacements = find(run.map((node) => node.text).join(''));
  if (replacements.length === 0) return run;
  const starts: number[] = [];
  let length = 0;
  for (const node of run) {
    starts.push(length);
    length += node.text.length;
  }

  const output: TextNode[] = [];
  let afterReplacement = false;
  const push = (node: TextNode, isReplacement: boolean) => {
    const last = output.at(-1);
    if (last && (isReplacement || afterReplacement) && sameMarks(last, node)) output[output.length - 1] = { ...last, text: last.text + node.text };
    else output.push(node);
    afterReplacement = isReplacement;
  };
  let cursor = 0;
  for (const { from, to, text } of replacements) {
    for (const node of slice(run, starts, cursor, from)) push(node, false);
    const marks = sharedMarks(slice(run, starts, from, to));
    // ProseMirror refuses empty text nodes, so an empty replacement leaves no node; the text around it may join.
    if (text === '') afterReplacement = true;
    else push({ type: 'text', text, ...(marks.length > 0 ? { marks } : {}) }, true);
    cursor = to;
  }
  for (const node of slice(run, starts, cursor, length)) push(node, false);
  return output;
}

/*
 * An address is not prose: a role in it breaks the link ("https://x.nl/de
 * inwoner"), and an address spells names in ways no text match finds
 * (jandevries, j.devries). So it is never rewritten; whoever publishes decides
 * about a link that names someone first (the publication filter drops the link).
 */
const notText = ['type', 'href'];
const textKeys = [...notText, 'text'];

/* Nodes and strings that nothing changed are given back as they were: most of a document names nobody, and copying it all costs time. */
const unchanged = (before: readonly unknown[], after: readonly unknown[]) => before.length === after.length && after.every((item, i) => item === before[i]);

/**
 * Applies replacements to a tiptap document: the text of every textblock's
 * inline content, and every string attribute (an image's alt text) except a
 * link's address. Adjacent text nodes are searched as one string; any other
 * inline node (a hard break, an image) ends the run, so nothing matches across
 * it. The document given is left as it is; what nothing changed, the result shares with it.
 */
export function replaceInRichText(doc: RichText, find: FindReplacements): RichText {
  const replace = (text: string) => applyReplacements(text, find(text));

  const walkContent = (content: readonly unknown[]): readonly unknown[] => {
    const output: unknown[] = [];
    let run: TextNode[] = [];
    const endRun = () => {
      output.push(...replaceInRun(run, find).map((node) => walkObject(node, textKeys)));
      run = [];
    };
    for (const child of content) {
      if (isTextNode(child)) {
        run.push(child);
      } else {
        endRun();
        output.push(walk(child));
      }
    }
    endRun();
    return unchanged(content, output) ? content : output;
  };

  const walkObject = (value: object, keep: readonly string[]): object => {
    let changed = false;
    const entries = Object.entries(value).map(([key, child]) => {
      const next = keep.includes(key) ? child : key === 'content' && Array.isArray(child) ? walkContent(child) : walk(child);
      changed ||= next !== child;
      return [key, next];
    });
    return changed ? Object.fromEntries(entries) : value;
  };

  const walk = (value: unknown): unknown => {
    if (typeof value === 'string') return replace(value);
    if (Array.isArray(value)) {
      const output = value.map(walk);
      return unchanged(value, output) ? value : output;
    }
    if (typeof value !== 'object' || value === null) return value;
    return walkObject(value, notText);
  };

  return walk(doc) as RichText;
}
