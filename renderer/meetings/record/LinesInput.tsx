import { useId } from 'react';
import { Textarea } from '@utrecht/component-library-react';

/**
 * A list typed as lines: fastest for a scribe keeping up with a conversation.
 * Lines are kept exactly as typed (empty ones too) so the cursor never jumps;
 * readers of the record skip the empty ones.
 */
export function LinesInput({ label, hint, value, onChange, rows = 3 }: { label: string; hint?: string; value: string[]; onChange(lines: string[]): void; rows?: number }) {
  const id = useId();
  return (
    <div className="lines-input">
      <label htmlFor={id} className="lines-input__label">
        {label}
      </label>
      {hint && (
        <p className="muted lines-input__hint" id={`${id}-hint`}>
          {hint}
        </p>
      )}
      <Textarea
        id={id}
        rows={rows}
        aria-describedby={hint ? `${id}-hint` : undefined}
        value={value.join('\n')}
        onChange={(event) => onChange(event.target.value.split('\n'))}
      />
    </div>
  );
}
