// @vitest-environment jsdom
import { Editor } from '@tiptap/core';
import { afterEach, describe, expect, it } from 'vitest';
import { Awareness, applyAwarenessUpdate, encodeAwarenessUpdate } from 'y-protocols/awareness';
import * as Y from 'yjs';
import { collaborationExtensions } from '../../../../../renderer/components/richText/collaboration';
import { richTextExtensions } from '../../../../../renderer/components/richTextExtensions';

const name = 'text:notes:n1:doc';
const editors: Editor[] = [];
/** The caret plugin redraws in a task of its own after a change of presence. */
const redrawn = () => new Promise((resolve) => setTimeout(resolve, 20));

afterEach(() => {
  editors.splice(0).forEach((editor) => editor.destroy());
});

/** An editor bound to a shared text with a presence, counting the transactions it goes through. */
function boundEditor(element = document.createElement('div')) {
  const doc = new Y.Doc();
  const awareness = new Awareness(doc);
  const binding = { doc, name, fragment: doc.getXmlFragment(name), awareness };
  const editor = new Editor({
    element,
    // jsdom focuses an editable text only when it has a tab index (a browser does without), and measures no text to scroll to.
    editorProps: { attributes: { tabindex: '0' }, handleScrollToSelection: () => true },
    extensions: [...richTextExtensions('notes', undefined, undefined, true), ...collaborationExtensions(binding, { name: 'Anna', color: '#1f77b4' })],
  });
  editors.push(editor);
  let transactions = 0;
  editor.on('transaction', () => transactions++);
  return { editor, binding, awareness, transactions: () => transactions };
}

/** Another member's presence arriving from the server, with their cursor at `cursor` (a place in the shared text) if given. */
function otherPresence(awareness: Awareness, cursor?: Y.RelativePosition): void {
  const other = new Awareness(new Y.Doc());
  const at = cursor && Y.relativePositionToJSON(cursor);
  other.setLocalState({ user: { name: 'Bram', color: '#ff7f0e' }, ...(at && { cursor: { anchor: at, head: at } }) });
  applyAwarenessUpdate(awareness, encodeAwarenessUpdate(other, [other.clientID]), 'server');
}

describe('collaborationExtensions', () => {
  it('leaves the editor alone when only this person’s own presence changes, and redraws it for another’s', async () => {
    const { awareness, transactions } = boundEditor();
    awareness.setLocalStateField('cursor', null);
    awareness.setLocalStateField('lastSelection', { [name]: { time: 1 } });
    await redrawn();
    expect(transactions()).toBe(0);

    otherPresence(awareness);
    await redrawn();
    expect(transactions()).toBe(1);
  });

  it('keeps a caret the browser moved, before the page reports the move, when another member’s cursor is redrawn', async () => {
    const { editor, binding, awareness } = boundEditor(document.body.appendChild(document.createElement('div')));
    editor.commands.insertContent('Begin einde.');
    editor.commands.setTextSelection(13);
    editor.view.focus();
    expect(editor.state.selection.head).toBe(13);
    // An arrow key: the browser moves the caret, and the page's selection event comes later (here: only after the redraw).
    const holdBack = (event: Event) => event.stopImmediatePropagation();
    window.addEventListener('selectionchange', holdBack, true);
    getSelection()!.collapse(editor.view.dom.querySelector('p')!.firstChild!, 11);
    const text = binding.fragment.get(0) as Y.XmlElement;
    otherPresence(awareness, Y.createRelativePositionFromTypeIndex(text.get(0) as Y.XmlText, 0));
    await redrawn();
    expect(editor.view.dom.querySelector('.collaboration-carets__label')?.textContent).toBe('Bram');
    window.removeEventListener('selectionchange', holdBack, true);
    expect(editor.state.selection.head).toBe(12);
    editor.commands.insertContent('X');
    expect(editor.getText()).toBe('Begin eindeX.');
  });

  it('reads typing the page has not reported yet before a redraw, and still redraws', () => {
    const { editor } = boundEditor(document.body.appendChild(document.createElement('div')));
    editor.commands.insertContent('Begin einde.');
    editor.view.focus();
    const redraws: unknown[] = [];
    editor.on('transaction', ({ transaction }) => redraws.push(transaction.getMeta('redraw')));
    (editor.view.dom.querySelector('p')!.firstChild as Text).data = 'Begin eindeY.';
    editor.view.dispatch(editor.state.tr.setMeta('redraw', true));
    expect(editor.getText()).toBe('Begin eindeY.');
    expect(redraws.at(-1)).toBe(true);
  });
});
