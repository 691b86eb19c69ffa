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
function boundEditor() {
  const doc = new Y.Doc();
  const awareness = new Awareness(doc);
  const binding = { doc, name, fragment: doc.getXmlFragment(name), awareness };
  const editor = new Editor({
    element: document.createElement('div'),
    extensions: [...richTextExtensions('notes', undefined, undefined, true), ...collaborationExtensions(binding, { name: 'Anna', color: '#1f77b4' })],
  });
  editors.push(editor);
  let transactions = 0;
  editor.on('transaction', () => transactions++);
  return { awareness, transactions: () => transactions };
}

describe('collaborationExtensions', () => {
  it('leaves the editor alone when only this person’s own presence changes, and redraws it for another’s', async () => {
    const { awareness, transactions } = boundEditor();
    awareness.setLocalStateField('cursor', null);
    awareness.setLocalStateField('lastSelection', { [name]: { time: 1 } });
    await redrawn();
    expect(transactions()).toBe(0);

    const other = new Awareness(new Y.Doc());
    other.setLocalState({ user: { name: 'Bram', color: '#ff7f0e' } });
    applyAwarenessUpdate(awareness, encodeAwarenessUpdate(other, [other.clientID]), 'server');
    await redrawn();
    expect(transactions()).toBe(1);
  });
});
