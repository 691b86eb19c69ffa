import { useId, type InputHTMLAttributes, type Ref } from 'react';
import { Checkbox, FormField, FormFieldDescription, FormLabel } from '@utrecht/component-library-react';

interface Props extends Omit<InputHTMLAttributes<HTMLInputElement>, 'type' | 'id'> {
  label: string;
  hint?: string;
  ref?: Ref<HTMLInputElement>;
}

/** One checkbox with its label and hint wired together; takes react-hook-form's register() props as they come. */
export function CheckboxField({ label, hint, ...input }: Props) {
  const id = useId();
  const hintId = `${id}-hint`;
  return (
    <FormField type="checkbox" className="form-row">
      <Checkbox id={id} aria-describedby={hint ? hintId : undefined} {...input} />
      <FormLabel htmlFor={id} type="checkbox">
        {label}
      </FormLabel>
      {hint && <FormFieldDescription id={hintId}>{hint}</FormFieldDescription>}
    </FormField>
  );
}
