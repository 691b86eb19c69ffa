import createDOMPurify, { type Config, type DOMPurify } from 'dompurify';
import { parseExternalUrl } from '@shared/util/safeUrl';
import { boundPastedHtml, pasteLimits, withoutHalfCharacter, type BoundedHtml, type PasteLimits } from './pasteLimits';

/*
 * Defense in depth for paste and drop. ProseMirror keeps only what the schema
 * knows, but it still parses whatever HTML the clipboard holds, and extensions
 * run their parse rules over it. Cutting that HTML down first means a bug in
 * any of them cannot be reached by markup the editor never needed.
 */

const config = {
  // No SVG or MathML: the editor has no use for them and they are where mXSS lives.
  USE_PROFILES: { html: true },
  // Forms and media cannot be represented; a page wrapped in <form> (common in CMSes) keeps its text.
  FORBID_TAGS: ['style', 'form', 'input', 'button', 'select', 'textarea', 'img', 'picture', 'video', 'audio', 'source', 'track'],
  // URL attributes the schema never reads; and a pasted link's target and rel give way to the link mark's safe defaults.
  FORBID_ATTR: ['src', 'srcset', 'action', 'formaction', 'cite', 'background', 'poster', 'target', 'rel'],
  // Word's <o:p> only ever holds a placeholder space; <object> fallback is not the author's text.
  ADD_FORBID_CONTENTS: ['o:p', 'object', 'select'],
  // The body element itself: handing it over as a fragment would move a possibly very deep tree.
  RETURN_DOM: true,
} satisfies Config;

let purifier: DOMPurify | null = null;

/** A private instance, so these hooks never touch DOMPurify users elsewhere in the app. */
function instance(): DOMPurify {
  if (purifier) return purifier;
  purifier = createDOMPurify(window);
  // Where DOMPurify cannot run it returns its input unchanged; refuse rather than pass it on.
  if (!purifier.isSupported) throw new Error('DOMPurify wordt niet ondersteund; geplakte HTML wordt niet doorgelaten');
  purifier.addHook('uponSanitizeElement', (node, { tagName }) => {
    // A <form> can shadow DOM methods with named inputs; DOMPurify removes it, we must not call into it.
    if (node.nodeType === 1 && tagName !== 'form' && isWordFiller(node as Element, tagName)) (node as Element).remove();
  });
  // Only links the app itself would open survive, the same rule the link mark applies.
  purifier.addHook('uponSanitizeAttribute', (_node, data) => {
    if (data.attrName === 'href' && parseExternalUrl(data.attrValue) === null) data.keepAttr = false;
  });
  return purifier;
}

/**
 * Word marks list bullets it draws itself with `mso-list:Ignore`, and writes
 * an empty line as a paragraph holding only `<o:p>&nbsp;</o:p>`. Left in, they
 * become stray "·" characters and blank paragraphs.
 */
function isWordFiller(element: Element, tagName: string): boolean {
  if (/mso-list\s*:\s*ignore/i.test(element.getAttribute('style') ?? '')) return true;
  if (tagName !== 'p') return false;
  const fromWord = /(^|\s)Mso/.test(element.getAttribute('class') ?? '') || element.getElementsByTagName('o:p').length > 0;
  return fromWord && (element.textContent ?? '').trim() === '';
}

/** Replaces every element nested deeper than maxDepth with the text inside it. */
function flatten(root: Element, maxDepth: number): void {
  const pending: [Element, number][] = [...root.children].map((child) => [child, 1]);
  for (let next = pending.pop(); next; next = pending.pop()) {
    const [element, depth] = next;
    if (depth > maxDepth) reduceToText(element);
    else for (const child of element.children) pending.push([child, depth + 1]);
  }
}

/**
 * Taken apart leaf first, without recursion: detaching a deep subtree in one
 * go recurses per level in some DOM implementations (jsdom) and overflows.
 */
function reduceToText(element: Element): void {
  const texts: Node[] = [];
  const elements: Element[] = [];
  const pending: Node[] = [element];
  for (let node = pending.pop(); node; node = pending.pop()) {
    if (node.nodeType === Node.TEXT_NODE) texts.push(node);
    if (node.nodeType !== Node.ELEMENT_NODE) continue;
    elements.push(node as Element);
    pending.push(...[...node.childNodes].reverse());
  }
  for (const descendant of elements.slice(1).reverse()) descendant.remove();
  element.replaceWith(...texts);
}

/** Keeps the first `max` characters of text and nothing after them; says whether anything went. */
function cutText(root: Element, max: number): boolean {
  const walker = root.ownerDocument.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  let left = max;
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const text = node as Text;
    if (text.data.length <= left) {
      left -= text.data.length;
      continue;
    }
    text.data = text.data.slice(0, withoutHalfCharacter(text.data, left));
    for (let kept: Node = text; kept !== root; kept = kept.parentNode!) while (kept.nextSibling) kept.nextSibling.remove();
    return true;
  }
  return false;
}

/**
 * Clipboard HTML as the editor may parse it: bounded before parsing
 * (pasteLimits), sanitized, flattened below maxDepth and cut after
 * maxTextChars of text. `cut` says the paste lost its end, for the notice.
 */
export function sanitizePastedHtml(html: string, limits: PasteLimits = pasteLimits): BoundedHtml {
  const bounded = boundPastedHtml(html, limits);
  const body = instance().sanitize(bounded.html, config) as HTMLBodyElement;
  // Flattened first: the cut then removes siblings of a shallow tree.
  flatten(body, limits.maxDepth);
  const cut = cutText(body, limits.maxTextChars);
  return { html: body.innerHTML, cut: bounded.cut || cut };
}
