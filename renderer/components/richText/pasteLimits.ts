/*
 * What one paste may bring into an editor. Chromium's HTML parser slows down
 * with the square of the nesting (100,000 nested elements kept DOMPurify's
 * parse busy for over 90 s), and a document of megabytes makes every
 * keystroke and every autosave slow. So the markup is bounded as a string,
 * before anything parses it, and the text once it has been sanitized.
 * No shared text-size limit exists (shared/backup/limits.ts bounds files, not
 * a document); these belong to the editor.
 */
export const pasteLimits = {
  /** ProseMirror's parser recurses per level; no real document nests this deep. */
  maxDepth: 100,
  /** Start tags, or lines of plain text: each becomes at least one node. Some 100 pages from Word stay below it. */
  maxElements: 10_000,
  /** Markup with its attributes, style sheets and comments: what the parser reads at most (Word is verbose). */
  maxHtmlChars: 2_000_000,
  /** About 30 pages of A4; typing in a description this long still answers within a frame or two. */
  maxTextChars: 100_000,
} as const;

export type PasteLimits = { readonly [K in keyof typeof pasteLimits]: number };

export interface BoundedHtml {
  html: string;
  /** True when something was left off the end, not when nesting only lost its tags. */
  cut: boolean;
}

/** Elements without an end tag: they never deepen the nesting. */
const voidElements = new Set(['area', 'base', 'basefont', 'bgsound', 'br', 'col', 'embed', 'frame', 'hr', 'img', 'input', 'keygen', 'link', 'meta', 'param', 'source', 'track', 'wbr']);

/*
 * Every start tag the browser's parser can see begins with "<" and a letter
 * at a place this scan also stops at: the parser leaves a tag, comment or raw
 * text only at a ">", which also ends the scan's tag. So counting every such
 * "<" over-counts (inside comments, style sheets, attribute values) but never
 * misses one, and the count of start tags bounds what the parser builds
 * whatever the markup tries. The scan's own depth follows well-formed markup
 * (what Word and browsers put on the clipboard); `<div/>` deepens it in the
 * browser but not here, and that is bounded by the count.
 */
const tag = /<(\/?)([a-zA-Z][^\t\n\f\r />]*)[^>]*>/g;

/**
 * Bounds clipboard HTML in one pass over the string: tags nested deeper than
 * maxDepth are left out (their text stays, as the DOM flattening after
 * sanitizing does), and the markup ends before the start tag that would
 * exceed maxElements, or at maxHtmlChars.
 */
export function boundPastedHtml(html: string, limits: PasteLimits = pasteLimits): BoundedHtml {
  const source = html.length > limits.maxHtmlChars ? html.slice(0, endOfMarkup(html, limits.maxHtmlChars)) : html;
  const cut = source.length < html.length;
  const kept: string[] = [];
  const open: string[] = [];
  let elements = 0;
  let dropped = 0;
  let from = 0;
  // Only up to the last ">": past it no tag can end, and every "<" there would send the search to the end again.
  const tags = source.slice(0, source.lastIndexOf('>') + 1);
  tag.lastIndex = 0;
  for (let match = tag.exec(tags); match; match = tag.exec(tags)) {
    const [text, closing, rawName] = match;
    const name = rawName!.toLowerCase();
    let keep = true;
    if (closing) {
      if (dropped > 0) {
        dropped -= 1;
        keep = false;
      } else {
        const at = open.lastIndexOf(name);
        if (at >= 0) open.length = at;
      }
    } else {
      if (elements === limits.maxElements) {
        kept.push(source.slice(from, match.index));
        return { html: kept.join(''), cut: true };
      }
      if (voidElements.has(name) || text.endsWith('/>')) elements += 1;
      else if (open.length >= limits.maxDepth) {
        dropped += 1;
        keep = false;
      } else {
        elements += 1;
        open.push(name);
      }
    }
    if (!keep) {
      const before = source.slice(from, match.index);
      // A "<" right before a left-out tag would open a new, uncounted tag with what follows; it was text, so it stays text.
      kept.push(before.endsWith('<') ? `${before.slice(0, -1)}&lt;` : before);
      from = match.index + text.length;
    }
  }
  kept.push(source.slice(from));
  return { html: kept.join(''), cut };
}

/** Where markup longer than `max` ends: at `max`, or before a tag that would be cut in half there. */
function endOfMarkup(html: string, max: number): number {
  const lastTag = html.lastIndexOf('<', max - 1);
  const lastTagEnd = lastTag < 0 ? -1 : html.indexOf('>', lastTag);
  return lastTag >= 0 && (lastTagEnd < 0 || lastTagEnd >= max) ? lastTag : withoutHalfCharacter(html, max);
}

export interface BoundedText {
  text: string;
  cut: boolean;
}

/** Plain text ends after maxTextChars characters or maxElements lines, whichever comes first. */
export function boundPastedText(text: string, limits: PasteLimits = pasteLimits): BoundedText {
  let end = Math.min(text.length, limits.maxTextChars);
  let lines = 1;
  for (let at = text.indexOf('\n'); at >= 0 && at < end; at = text.indexOf('\n', at + 1)) {
    if (++lines > limits.maxElements) end = at;
  }
  if (end === text.length) return { text, cut: false };
  return { text: text.slice(0, withoutHalfCharacter(text, end)), cut: true };
}

/** Moves a cut back by one when it would split a character outside the BMP into half a surrogate pair. */
export function withoutHalfCharacter(text: string, end: number): number {
  const last = text.charCodeAt(end - 1);
  return last >= 0xd800 && last <= 0xdbff ? end - 1 : end;
}
