import { Extension, type Editor, type Extensions } from '@tiptap/core';
import type { EditorState, Transaction } from '@tiptap/pm/state';
import Collaboration from '@tiptap/extension-collaboration';
import CollaborationCaret from '@tiptap/extension-collaboration-caret';
import { prosemirrorJSONToYXmlFragment } from '@tiptap/y-tiptap';
import type { Awareness } from 'y-protocols/awareness';
import * as Y from 'yjs';
import type { RichText } from '@shared/cases/caseSchema';
import type { SharedTextBinding } from '../../sync/boardMode';
import { beforeIncoming } from '../../sync/incomingUpdates';
import type { RichTextPreset } from '../richTextExtensions';
import { presetSchema, writeFragment } from './sharedTextWriter';

/** How the others see this person's cursor. */
export interface CaretUser {
  name: string;
  color: string;
}

/*
 * Loaded with board mode only: an editor bound to a shared text types into
 * its fragment (Collaboration, which brings its own undo: StarterKit's is off)
 * and shows the others' cursors with their names (CollaborationCaret).
 */
export function collaborationExtensions(binding: SharedTextBinding, user: CaretUser): Extensions {
  const { awareness } = binding;
  return [
    Collaboration.configure({ fragment: binding.fragment }),
    readCaretFirst(binding.doc),
    ...(awareness ? [CollaborationCaret.configure({ provider: { awareness: withoutOwnChanges(awareness) }, user, render: caret })] : []),
  ];
}

/*
 * ProseMirror reads a caret the browser moved (an arrow key, a click) only at
 * the page's next selectionchange, and until then it puts back the caret it
 * knew whenever the editor is redrawn: around another member's change, and
 * when another member's cursor is drawn (the caret plugin does that in a
 * task of its own, which can run between the key and the event). While this
 * editor has focus, it reads the page's caret (and any typing not yet read)
 * before each message from the server is applied and before each
 * transaction that changes neither the text nor the caret.
 */
function readCaretFirst(doc: Y.Doc) {
  let stop: (() => void) | null = null;
  let reading = false;
  const release = () => {
    stop?.();
    stop = null;
  };
  // Not in ProseMirror's typed API; the same call its own input handlers make.
  const domObserver = (editor: Editor) => (editor.view as unknown as { domObserver: { flush(): void } }).domObserver;
  const read = (editor: Editor) => {
    if (reading) return;
    reading = true;
    try {
      domObserver(editor).flush();
    } finally {
      reading = false;
    }
  };
  return Extension.create({
    name: 'readCaretFirst',
    onFocus() {
      release();
      const { editor } = this;
      stop = beforeIncoming(doc, () => read(editor));
    },
    onBlur: release,
    onDestroy: release,
    dispatchTransaction({ transaction, next }) {
      if (stop === null || reading || transaction.steps.length > 0 || transaction.selectionSet) return next(transaction);
      read(this.editor);
      next(caughtUp(transaction, this.editor.state));
    },
  });
}

/**
 * A transaction without steps, made before the page's caret (or typing) was
 * read, carried on from what was read: applied as it was, it would put the
 * old caret back, or no longer fit the text.
 */
function caughtUp(transaction: Transaction, state: EditorState): Transaction {
  if (state.doc !== transaction.doc) {
    // Typing was read: the same intent (its metadata, kept in `meta`, outside ProseMirror's typed API) on the text as it now is.
    const fresh = state.tr;
    for (const [key, value] of Object.entries((transaction as unknown as { meta: Record<string, unknown> }).meta)) fresh.setMeta(key, value);
    return fresh;
  }
  return state.selection.eq(transaction.selection) ? transaction : transaction.setSelection(state.selection);
}

type AwarenessChange = { added: number[]; updated: number[]; removed: number[] };
type ChangeListener = (change: AwarenessChange, origin: unknown) => void;

/*
 * The presence as the caret plugin sees it: a change of this person's own
 * state alone is not passed on. The plugin draws only the others' cursors,
 * yet redrew the whole editor at each of its own cursor's moves, which is
 * every keystroke: twice the work of each one.
 */
function withoutOwnChanges(awareness: Awareness): Awareness {
  const filtered = new WeakMap<ChangeListener, ChangeListener>();
  const othersOnly = (listener: ChangeListener): ChangeListener => {
    let wrapped = filtered.get(listener);
    if (!wrapped) {
      wrapped = (change, origin) => {
        if ([...change.added, ...change.updated, ...change.removed].some((client) => client !== awareness.clientID)) listener(change, origin);
      };
      filtered.set(listener, wrapped);
    }
    return wrapped;
  };
  return new Proxy(awareness, {
    get(target, property) {
      if (property === 'on' || property === 'off') {
        return (name: string, listener: ChangeListener) =>
          (target[property] as (name: string, listener: ChangeListener) => void)(name, name === 'change' ? othersOnly(listener) : listener);
      }
      const value: unknown = Reflect.get(target, property, target);
      return typeof value === 'function' ? (value as (...args: unknown[]) => unknown).bind(target) : value;
    },
  });
}

/*
 * Hidden from screen readers: inside the text, a name would be read as if
 * someone had typed it. The name is a text node, never markup, and the
 * colour one of ours (caretColor) or refused by the extension.
 */
function caret(user: { name: string; color: string }): HTMLElement {
  const mark = document.createElement('span');
  mark.className = 'collaboration-carets__caret';
  mark.setAttribute('aria-hidden', 'true');
  mark.style.borderColor = user.color;
  const label = document.createElement('span');
  label.className = 'collaboration-carets__label';
  label.style.backgroundColor = user.color;
  label.append(document.createTextNode(user.name));
  mark.append(label);
  return mark;
}

/** A 32-bit FNV-1a hash: the same text gives the same number on every machine. */
function contentId(text: string): number {
  let hash = 0x811c9dc5;
  for (let index = 0; index < text.length; index++) hash = Math.imul(hash ^ text.charCodeAt(index), 0x01000193);
  return hash >>> 0 || 1;
}

/**
 * Puts a stored text into a fragment nobody has typed in yet. Two machines
 * that do this apart with the same text write the very same items (one
 * client id, derived from the text), which Yjs merges into one copy instead
 * of two.
 */
export function seedSharedText(binding: SharedTextBinding, preset: RichTextPreset, value: RichText): void {
  if (binding.fragment.length > 0) return;
  const seed = new Y.Doc();
  seed.clientID = contentId(JSON.stringify(value));
  prosemirrorJSONToYXmlFragment(presetSchema(preset), value, seed.getXmlFragment(binding.name));
  binding.doc.transact(() => Y.applyUpdate(binding.doc, Y.encodeStateAsUpdate(seed)));
}

/** Replaces a shared text for everyone (an earlier version put back): one change that every editor follows. */
export function replaceSharedText(binding: SharedTextBinding, preset: RichTextPreset, value: RichText): void {
  const { doc, fragment } = binding;
  doc.transact(() => writeFragment(fragment, preset, value));
}
