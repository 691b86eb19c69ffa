import { FormField, FormLabel, Select, SelectOption } from '@utrecht/component-library-react';
import { useId } from 'react';

interface Props {
  label: string;
  value: string;
  options: readonly { value: string; label: string }[];
  onChange(value: string): void;
  name?: string;
}

/** A labelled select for filters and settings; form fields with validation use react-hook-form instead. */
export function SelectField({ label, value, options, onChange, name }: Props) {
  const id = useId();
  return (
    <FormField type="select" className="compact-field">
      <FormLabel htmlFor={id}>{label}</FormLabel>
      <Select id={id} name={name} value={value} onChange={(event) => onChange(event.target.value)}>
        {options.map((option) => (
          <SelectOption key={option.value} value={option.value}>
            {option.label}
          </SelectOption>
        ))}
      </Select>
    </FormField>
  );
}
