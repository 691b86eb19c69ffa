import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { Checkbox, Fieldset, FieldsetLegend, FormField, FormLabel } from '@utrecht/component-library-react';
import { commonValues } from '@shared/cases/vocabulary';
import { Field } from '../../components/Field';
import { TagsInput } from './TagsField';

const isCommon = (value: string) => (commonValues as readonly string[]).includes(value);

/** The recurring values as checkboxes, anything else as free tags. */
export function ValuesInput({ value, onChange, error }: { value: string[]; onChange(values: string[]): void; error?: string }) {
  const { t } = useTranslation();
  const id = useId();
  const others = value.filter((v) => !isCommon(v));
  const toggle = (name: string, checked: boolean) =>
    onChange(checked ? [...value, name] : value.filter((v) => v !== name));
  return (
    <Fieldset className="form-row">
      <FieldsetLegend>{t('case.values')}</FieldsetLegend>
      <div className="checkbox-grid">
        {commonValues.map((name, index) => (
          <FormField type="checkbox" key={name}>
            <Checkbox
              id={`${id}-${index}`}
              checked={value.includes(name)}
              onChange={(event) => toggle(name, event.target.checked)}
            />
            <FormLabel htmlFor={`${id}-${index}`} type="checkbox">
              {name}
            </FormLabel>
          </FormField>
        ))}
      </div>
      <Field label={t('case.otherValues')} hint={t('form.commaHint')} error={error}>
        {(control) => (
          <TagsInput
            control={control}
            value={others}
            onChange={(tags) => onChange([...value.filter(isCommon), ...tags])}
          />
        )}
      </Field>
    </Fieldset>
  );
}
