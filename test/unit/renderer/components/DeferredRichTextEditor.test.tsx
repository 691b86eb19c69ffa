// @vitest-environment jsdom
import { act } from 'react';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import type { RichText } from '@shared/cases/caseSchema';
import { plainText } from '@shared/richText/plainText';
import { DeferredRichTextEditor } from '../../../../renderer/components/DeferredRichTextEditor';
import type { DocSnapshot } from '../../../../renderer/components/RichTextEditor';
import { initI18n, loadAllStrings } from '../../../../renderer/i18n/i18n';
import { bindWriteMode } from '../../../../renderer/persistence/writeMode';
import { render } from '../persistence/reactHarness';

const doc: RichText = { type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'Camera’s op het plein' }] }] };
// Kept across the tests, as the page keeps its idle work: the texts take turns in one queue.
const idle: (() => void)[] = [];
const browserIdle = () => act(async () => idle.splice(0).forEach((work) => work()));
const editorIn = (container: HTMLElement) => container.querySelector('.ProseMirror');

async function deferredEditor() {
  let latest: DocSnapshot | null = null;
  const { container, unmount } = await render(<DeferredRichTextEditor label="Beschrijving" value={doc} onChange={(snapshot) => (latest = snapshot)} />);
  unmounts.push(unmount);
  return { container, text: () => (latest ? plainText(latest()) : null) };
}

const unmounts: (() => Promise<void>)[] = [];
beforeAll(async () => {
  vi.stubGlobal('requestIdleCallback', (work: () => void) => idle.push(work));
  await initI18n('nl').then(loadAllStrings);
});
afterEach(async () => {
  for (const unmount of unmounts.splice(0)) await unmount();
});
afterAll(() => vi.unstubAllGlobals());

describe('DeferredRichTextEditor', () => {
  // First in the file: the editor's code is then still loading when the keys come.
  it('keeps what is typed into the text before its editor is there, in order, and hands the editor the focus', async () => {
    const { container, text } = await deferredEditor();
    const placeholder = container.querySelector<HTMLElement>('[role=textbox]')!;
    await act(async () => placeholder.focus());
    // As a keyboard does: to whatever has the focus (the page itself while the editor takes over).
    const press = (key: string, ctrlKey = false) => {
      const event = new KeyboardEvent('keydown', { key, ctrlKey, bubbles: true, cancelable: true });
      (document.activeElement ?? document.body).dispatchEvent(event);
      return event.defaultPrevented;
    };
    const held = ['N', 'u', ' ', 'x', 'Backspace', '!', 'Enter', 'Z'].map((key) => press(key));
    expect(held.every(Boolean)).toBe(true);
    expect(press('End', true)).toBe(true);
    expect(press('.')).toBe(true);
    // Left to the browser: moving on with Tab, and shortcuts.
    expect(press('Tab')).toBe(false);
    expect(press('b', true)).toBe(false);

    await vi.waitFor(() => expect(text()).toBe('Nu !\nZCamera’s op het plein.'));
    expect(document.activeElement).toBe(editorIn(container));
    expect(press('q')).toBe(false);
  });

  it('paints the text at once, without an editor, and becomes one when the browser is idle', async () => {
    const { container } = await deferredEditor();
    const placeholder = container.querySelector('[role=textbox]')!;
    expect(placeholder.textContent).toBe('Camera’s op het plein');
    expect(placeholder.getAttribute('aria-label')).toBe('Beschrijving');
    expect(editorIn(container)).toBeNull();

    await browserIdle();
    await vi.waitFor(() => expect(editorIn(container)?.textContent).toBe('Camera’s op het plein'));
    expect(document.activeElement).not.toBe(editorIn(container));
  });

  it('holds no keys in a window that may not write (another one does), and says the text is read-only', async () => {
    bindWriteMode({ mode: 'readOnly', onModeChange: () => () => {} });
    try {
      const { container, text } = await deferredEditor();
      const placeholder = container.querySelector<HTMLElement>('[role=textbox]')!;
      expect(placeholder.getAttribute('aria-readonly')).toBe('true');
      await act(async () => placeholder.focus());
      const event = new KeyboardEvent('keydown', { key: 'N', bubbles: true, cancelable: true });
      placeholder.dispatchEvent(event);
      expect(event.defaultPrevented).toBe(false);
      await vi.waitFor(() => expect(editorIn(container)?.getAttribute('contenteditable')).toBe('false'));
      expect(text()).toBeNull();
    } finally {
      bindWriteMode({ mode: 'writable', onModeChange: () => () => {} });
    }
  });
});
