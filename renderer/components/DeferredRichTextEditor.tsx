import { useEffect, useRef, useState, type ComponentProps, type PointerEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Paragraph } from '@utrecht/component-library-react';
import { useWriteMode } from '../persistence/writeMode';
import { lazyModule } from './lazyComponent';
import type * as EditorModule from './RichTextEditor';
import { HeldInput } from './richText/heldInput';
import { RichTextView } from './RichTextView';

type Props = Omit<ComponentProps<typeof EditorModule.RichTextEditor>, 'heldInput'>;

/*
 * A page with texts would otherwise wait for the editor: its code (ProseMirror
 * and tiptap, most of the page's weight) to load on a first visit, and a
 * ProseMirror view built for each text before the first paint (an advice has
 * six sections and its recommendations). Instead each text paints at once as
 * read-only markup and becomes an editor one at a time, in document order,
 * when the browser is idle, or at once when the user clicks or tabs into it.
 * What they type before the editor is there is held and typed into it.
 */
const editorCode = lazyModule(() => import('./RichTextEditor'));
/** After a failed load (the browser went offline before the code came), the next try. */
const retryMs = 2000;

const waiting: (() => void)[] = [];
let draining = false;

const idle = (work: () => void) => requestIdleCallback(work, { timeout: 200 });

function drain(): void {
  const next = waiting.shift();
  if (!next) {
    draining = false;
    return;
  }
  next();
  idle(drain);
}

function enqueue(mount: () => void): () => void {
  waiting.push(mount);
  if (!draining) {
    draining = true;
    idle(drain);
  }
  return () => {
    const index = waiting.indexOf(mount);
    if (index >= 0) waiting.splice(index, 1);
  };
}

export function DeferredRichTextEditor(props: Props) {
  const { t } = useTranslation();
  const [state, setState] = useState<'waiting' | 'idle' | 'reached'>('waiting');
  const [module, setModule] = useState(editorCode.loaded);
  const [unavailable, setUnavailable] = useState(false);
  const [held] = useState(() => new HeldInput());
  const placeholder = useRef<HTMLDivElement>(null);
  useEffect(() => enqueue(() => setState((current) => (current === 'waiting' ? 'idle' : current))), []);
  useEffect(() => {
    if (state === 'waiting' || module) return;
    let current = true;
    let retry: ReturnType<typeof setTimeout> | undefined;
    // Held keys stay held while it fails: the text stays readable and nothing typed is dropped.
    const attempt = () =>
      editorCode.load().then(
        (loaded) => current && setModule(loaded),
        () => {
          if (!current) return;
          setUnavailable(true);
          retry = setTimeout(attempt, retryMs);
        },
      );
    void attempt();
    return () => {
      current = false;
      clearTimeout(retry);
    };
  }, [state, module]);
  // Another window writing, or a lost database: nothing typed here could be kept, so nothing is held.
  const writable = useWriteMode() === 'writable';
  useEffect(() => {
    if (state !== 'reached' || !writable) return;
    // On the page, not the placeholder: between the placeholder leaving and the editor taking the focus, keys go to the page.
    const hold = (event: globalThis.KeyboardEvent) => {
      if (event.target !== document.body && event.target !== placeholder.current) return;
      if (held.hold(event.key, { ctrl: event.ctrlKey || event.metaKey, alt: event.altKey })) event.preventDefault();
    };
    window.addEventListener('keydown', hold, true);
    return () => window.removeEventListener('keydown', hold, true);
  }, [state, held, writable]);

  if (state !== 'waiting' && module) return <module.RichTextEditor {...props} heldInput={state === 'reached' ? held : undefined} />;
  const reach = () => setState('reached');
  const reachAt = (event: PointerEvent<HTMLDivElement>) => {
    const box = event.currentTarget.getBoundingClientRect();
    held.clickedAt(event.clientX - box.left, event.clientY - box.top);
    reach();
  };
  return (
    <div className="rich-text rich-text--pending">
      <div
        ref={placeholder}
        className="rich-text__content"
        role="textbox"
        aria-multiline="true"
        aria-readonly={!writable || undefined}
        tabIndex={0}
        {...(props.labelId ? { 'aria-labelledby': props.labelId } : { 'aria-label': props.label })}
        onFocus={reach}
        onPointerDown={reachAt}
      >
        <RichTextView value={props.value} />
      </div>
      <div role="status">{unavailable && <Paragraph>{t('richText.editorUnavailable')}</Paragraph>}</div>
    </div>
  );
}
