import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { UseFormRegisterReturn } from 'react-hook-form';
import { Fieldset, FieldsetLegend, FormField, FormFieldErrorMessage, FormLabel, RadioButton } from '@utrecht/component-library-react';

interface Props {
  legend: string;
  options: readonly { value: string; label: string }[];
  /** react-hook-form's register() for the field; each radio gets its own value. */
  field: UseFormRegisterReturn;
  /** A locale key. */
  error?: string;
  required?: boolean;
}

/** A choice of one, as a radio group whose legend and error are read together; Tab reaches it once, arrows move inside. */
export function RadioGroupField({ legend, options, field, error, required }: Props) {
  const { t } = useTranslation();
  const id = useId();
  return (
    <Fieldset role="radiogroup" className="form-row" invalid={Boolean(error)} aria-describedby={error ? `${id}-error` : undefined}>
      <FieldsetLegend>
        {legend}
        {required && <span className="required-mark"> ({t('form.required')})</span>}
      </FieldsetLegend>
      {error && <FormFieldErrorMessage id={`${id}-error`}>{t(error)}</FormFieldErrorMessage>}
      {/* Ids by position: a value can be '' or anything, and two options must never share an id and so a label. */}
      {options.map((option, index) => (
        <FormField type="radio" key={option.value}>
          <RadioButton id={`${id}-${index}`} value={option.value} invalid={Boolean(error)} {...field} />
          <FormLabel htmlFor={`${id}-${index}`} type="radio">
            {option.label}
          </FormLabel>
        </FormField>
      ))}
    </Fieldset>
  );
}
