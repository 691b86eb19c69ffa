import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '@utrecht/component-library-react';
import type { BoardMember } from '@shared/people/boardSchema';
import { personRoles, type Person, type PersonRole } from '@shared/people/personSchema';
import { SelectField } from '../components/SelectField';

interface Props {
  /** Active people only: an inactive person is kept in the register but no longer offered. */
  candidates: readonly Person[];
  onAdd(member: BoardMember): void;
}

/** Pick a person and the role they take in this case; bestuurders are offered but labelled, and warned about once added. */
export function AddMemberForm({ candidates, onAdd }: Props) {
  const { t } = useTranslation();
  const first = candidates[0];
  const [personId, setPersonId] = useState(first?.id ?? '');
  const [role, setRole] = useState<PersonRole>(first?.roles[0] ?? 'lid');

  const choosePerson = (id: string) => {
    setPersonId(id);
    // The role they usually take is the likely one here too.
    setRole(candidates.find((person) => person.id === id)?.roles[0] ?? role);
  };

  return (
    <form
      className="board-add"
      aria-label={t('people.board.add')}
      onSubmit={(event) => {
        event.preventDefault();
        onAdd({ personId, role });
      }}
    >
      <SelectField
        label={t('people.board.person')}
        value={personId}
        options={candidates.map((person) => ({
          value: person.id,
          label: person.isAdministrator ? `${person.name} (${t('people.administratorTag')})` : person.name,
        }))}
        onChange={choosePerson}
      />
      <SelectField
        label={t('people.board.role')}
        value={role}
        options={personRoles.map((value) => ({ value, label: t(`people.roles.${value}`) }))}
        onChange={(value) => setRole(value as PersonRole)}
      />
      <Button type="submit" appearance="secondary-action-button">
        {t('people.board.add')}
      </Button>
    </form>
  );
}
