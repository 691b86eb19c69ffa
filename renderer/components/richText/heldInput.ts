import type { Editor } from '@tiptap/core';
import { Selection } from '@tiptap/pm/state';

type Held = { kind: 'text'; text: string } | { kind: 'newParagraph' } | { kind: 'to'; where: 'start' | 'end' };

/**
 * What the user did to a text still shown without an editor (it is being
 * loaded): where they clicked and what they typed. The editor, once there,
 * carries on from it, so no keystroke of that wait is lost.
 */
export class HeldInput {
  private point: { x: number; y: number } | null = null;
  private held: Held[] = [];
  private taken = false;

  /** A click at (x, y) from the text's top left corner. */
  clickedAt(x: number, y: number): void {
    this.point = { x, y };
  }

  /**
   * A key pressed before the editor took over; true when it is held (the
   * browser must then not act on it). Letters, Enter (a new paragraph) and
   * Ctrl+Home/End are held, Backspace takes back the last held letter; other
   * keys are left to the browser, and every key once the editor has it.
   */
  hold(key: string, modifiers: { ctrl: boolean; alt: boolean }): boolean {
    if (this.taken || modifiers.alt) return false;
    if (modifiers.ctrl) {
      if (key !== 'Home' && key !== 'End') return false;
      this.held.push({ kind: 'to', where: key === 'Home' ? 'start' : 'end' });
    } else if (key === 'Enter') this.held.push({ kind: 'newParagraph' });
    else if (key === 'Backspace') this.takeBackLetter();
    else if ([...key].length === 1) this.held.push({ kind: 'text', text: key });
    else return false;
    return true;
  }

  /**
   * The editor takes over: the caret goes where the user clicked (or to the
   * start), what they held is done there (if it may be written), and the
   * editor gets the focus at once (not a frame later, as tiptap's focus does).
   */
  handTo(editor: Editor): void {
    const { view } = editor;
    const box = view.dom.getBoundingClientRect();
    const at = this.point && view.posAtCoords({ left: box.left + this.point.x, top: box.top + this.point.y });
    const chain = editor.chain().setTextSelection(at ? at.pos : 0);
    // Became read-only meanwhile (another window took over): the caret goes there, the typing could not be kept.
    for (const held of editor.isEditable ? this.held : []) {
      // A node, not a string: a string would be read as HTML.
      if (held.kind === 'text') chain.insertContent({ type: 'text', text: held.text });
      else if (held.kind === 'newParagraph') chain.splitBlock();
      else {
        const { where } = held;
        chain.command(({ tr }) => Boolean(tr.setSelection(where === 'start' ? Selection.atStart(tr.doc) : Selection.atEnd(tr.doc))));
      }
    }
    chain.run();
    view.focus();
    this.taken = true;
  }

  private takeBackLetter(): void {
    const last = this.held.at(-1);
    if (last?.kind === 'text') this.held.pop();
  }
}
