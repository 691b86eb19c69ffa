import { useTranslation } from 'react-i18next';
import { SelectField } from '../../components/SelectField';
import { usePeople } from '../../people/usePeople';

/** Ties an account to a person in the register, so conflicts of interest declared for that person bind the account. */
export function PersonField({ value, onChange }: { value: string | null; onChange(personId: string | null): void }) {
  const { t } = useTranslation();
  const { people } = usePeople();
  return (
    <SelectField
      label={t('board.accounts.fields.person')}
      name="personId"
      value={value ?? ''}
      options={[{ value: '', label: t('board.accounts.fields.noPerson') }, ...(people ?? []).map((person) => ({ value: person.id, label: person.name }))]}
      onChange={(personId) => onChange(personId === '' ? null : personId)}
    />
  );
}
