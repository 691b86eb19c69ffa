import { useEffect, useState, type ComponentProps } from 'react';
import { RichTextEditor } from './RichTextEditor';
import { RichTextView } from './RichTextView';

type Props = Omit<ComponentProps<typeof RichTextEditor>, 'autofocus'>;

/*
 * A long document split over many editors (an advice has six sections and
 * its recommendations) would build every ProseMirror view before the first
 * paint. Instead each text paints at once as read-only markup and becomes an
 * editor one at a time, in document order, when the browser is idle, or at
 * once when the user clicks or tabs into it.
 */
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
  const [state, setState] = useState<'waiting' | 'idle' | 'reached'>('waiting');
  useEffect(() => enqueue(() => setState((current) => (current === 'waiting' ? 'idle' : current))), []);
  if (state !== 'waiting') return <RichTextEditor {...props} autofocus={state === 'reached'} />;
  const reach = () => setState('reached');
  return (
    <div className="rich-text rich-text--pending">
      <div
        className="rich-text__content"
        role="textbox"
        aria-multiline="true"
        tabIndex={0}
        {...(props.labelId ? { 'aria-labelledby': props.labelId } : { 'aria-label': props.label })}
        onFocus={reach}
        onPointerDown={reach}
      >
        <RichTextView value={props.value} />
      </div>
    </div>
  );
}
