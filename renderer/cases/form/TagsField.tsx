import { useState } from 'react';
import { Textbox } from '@utrecht/component-library-react';
import type { FieldControlProps } from '../../components/Field';

const split = (text: string) =>
  text
    .split(',')
    .map((part) => part.trim())
    .filter(Boolean);

/** Comma-separated tags; keeps the raw text while typing so "zorg, " is not rewritten under the cursor. */
export function TagsInput({ value, onChange, control }: { value: string[]; onChange(tags: string[]): void; control: FieldControlProps }) {
  const [text, setText] = useState(value.join(', '));
  const [seen, setSeen] = useState(value);
  if (seen !== value && split(text).join('\u0000') !== value.join('\u0000')) {
    setSeen(value);
    setText(value.join(', '));
  }
  return (
    <Textbox
      {...control}
      value={text}
      onChange={(event) => {
        setText(event.target.value);
        const tags = split(event.target.value);
        setSeen(tags);
        onChange(tags);
      }}
    />
  );
}
