import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { Checkbox, Fieldset, FieldsetLegend, FormField, FormFieldDescription, FormFieldErrorMessage, FormLabel } from '@utrecht/component-library-react';
import { personRoles, type PersonRole } from '@shared/people/personSchema';

interface Props {
  value: readonly PersonRole[];
  onChange(roles: PersonRole[]): void;
  /** A locale key. */
  error?: string;
}

/** The roles a person can take, as a checkbox group whose legend, hint and error are read together. */
export function RolesInput({ value, onChange, error }: Props) {
  const { t } = useTranslation();
  const id = useId();
  const describedBy = [`${id}-hint`, error ? `${id}-error` : ''].filter(Boolean).join(' ');
  // Keep the canonical order so the stored list does not depend on click order.
  const toggle = (role: PersonRole, checked: boolean) =>
    onChange(personRoles.filter((r) => (r === role ? checked : value.includes(r))));
  return (
    <Fieldset className="form-row" invalid={Boolean(error)} aria-describedby={describedBy}>
      <FieldsetLegend>
        {t('people.field.roles')}
        <span className="required-mark"> ({t('form.required')})</span>
      </FieldsetLegend>
      <FormFieldDescription id={`${id}-hint`}>{t('people.field.rolesHint')}</FormFieldDescription>
      {error && <FormFieldErrorMessage id={`${id}-error`}>{t(error)}</FormFieldErrorMessage>}
      <div className="checkbox-grid">
        {personRoles.map((role) => (
          <FormField type="checkbox" key={role}>
            <Checkbox
              id={`${id}-${role}`}
              name="roles"
              value={role}
              invalid={Boolean(error)}
              checked={value.includes(role)}
              onChange={(event) => toggle(role, event.target.checked)}
            />
            <FormLabel htmlFor={`${id}-${role}`} type="checkbox">
              {t(`people.roles.${role}`)}
            </FormLabel>
          </FormField>
        ))}
      </div>
    </Fieldset>
  );
}
