import { useId, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { FormField, FormFieldDescription, FormFieldErrorMessage, FormLabel } from '@utrecht/component-library-react';

export interface FieldControlProps {
  id: string;
  'aria-describedby'?: string;
  'aria-invalid'?: boolean;
  invalid?: boolean;
}

interface Props {
  label: string;
  /** A locale key from validation, shown next to the field. */
  error?: string;
  hint?: string;
  required?: boolean;
  children(control: FieldControlProps): ReactNode;
}

/** Label, hint and error wired to the control so assistive technology reads them together. */
export function Field({ label, error, hint, required, children }: Props) {
  const { t } = useTranslation();
  const id = useId();
  const hintId = `${id}-hint`;
  const errorId = `${id}-error`;
  const describedBy = [hint ? hintId : '', error ? errorId : ''].filter(Boolean).join(' ') || undefined;
  return (
    <FormField invalid={Boolean(error)} className="form-row">
      <FormLabel htmlFor={id}>
        {label}
        {required && <span className="required-mark"> ({t('form.required')})</span>}
      </FormLabel>
      {hint && <FormFieldDescription id={hintId}>{hint}</FormFieldDescription>}
      {error && <FormFieldErrorMessage id={errorId}>{t(error)}</FormFieldErrorMessage>}
      {children({ id, 'aria-describedby': describedBy, 'aria-invalid': Boolean(error) || undefined, invalid: Boolean(error) })}
    </FormField>
  );
}
