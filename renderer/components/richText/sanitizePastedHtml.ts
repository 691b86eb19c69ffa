import createDOMPurify, { type Config, type DOMPurify } from 'dompurify';
import { parseExternalUrl } from '@shared/util/safeUrl';

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

/** ProseMirror's parser recurses per level; no real document nests this deep. */
const MAX_DEPTH = 100;

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

/** Replaces every element nested deeper than MAX_DEPTH with the text inside it. */
function flatten(root: Element): void {
  const pending: [Element, number][] = [...root.children].map((child) => [child, 1]);
  for (let next = pending.pop(); next; next = pending.pop()) {
    const [element, depth] = next;
    if (depth > MAX_DEPTH) reduceToText(element);
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

export function sanitizePastedHtml(html: string): string {
  const body = instance().sanitize(html, config) as HTMLBodyElement;
  flatten(body);
  return body.innerHTML;
}
