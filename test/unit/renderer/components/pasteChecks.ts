import { Editor, type JSONContent } from '@tiptap/core';
import { parseExternalUrl } from '@shared/util/safeUrl';
import { richTextExtensions, type RichTextPreset } from '../../../../renderer/components/richTextExtensions';
import { forbiddenElements } from '../../../fixtures/hostile-paste/corpus';

/** What in HTML could still run or leave the app, read back the way ProseMirror reads clipboard HTML. */
export function dangers(html: string): string[] {
  const holder = document.implementation.createHTMLDocument('').createElement('div');
  holder.innerHTML = html;
  const found: string[] = [];
  for (const element of holder.querySelectorAll('*')) {
    if (forbiddenElements.includes(element.localName)) found.push(`<${element.localName}>`);
    for (const { name, value } of element.attributes) {
      if (name.startsWith('on')) found.push(`${element.localName}[${name}]`);
      if (['href', 'src', 'action', 'formaction', 'xlink:href'].includes(name) && parseExternalUrl(value) === null) {
        found.push(`${element.localName}[${name}=${value}]`);
      }
    }
  }
  return found;
}

/** Every link target and all text of a document, a newline after each block. */
export function walk(node: JSONContent, out = { hrefs: [] as unknown[], text: '' }) {
  for (const mark of node.marks ?? []) if (mark.type === 'link') out.hrefs.push(mark.attrs?.href);
  if (node.text) out.text += node.text;
  for (const child of node.content ?? []) {
    walk(child, out);
    if (child.type !== 'text') out.text += '\n';
  }
  return out;
}

/** Pastes through ProseMirror's own clipboard path (transformPastedHTML, parse rules, paste plugins); returns the document. */
export function pasteInto(preset: RichTextPreset, html: string): JSONContent {
  const editor = new Editor({ extensions: richTextExtensions(preset), content: '' });
  try {
    // jsdom has no ClipboardEvent; the event only reaches handlePaste hooks, which read the slice.
    if (!editor.view.pasteHTML(html, new Event('paste') as ClipboardEvent)) throw new Error('paste refused');
    return editor.getJSON() as JSONContent;
  } finally {
    editor.destroy();
  }
}

export const textOf = (html: string) => {
  const doc = document.implementation.createHTMLDocument('');
  doc.body.innerHTML = html;
  return doc.body.textContent!.replace(/\s+/g, ' ');
};
