import { useTranslation } from 'react-i18next';
import {
  Button,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
} from '@utrecht/component-library-react';
import type { Person } from '@shared/people/personSchema';

interface Props {
  people: readonly Person[];
  onEdit(person: Person): void;
  onToggleActive(person: Person): void;
}

/** The register as a real table; a person is made inactive here, never deleted. */
export function PeopleTable({ people, onEdit, onToggleActive }: Props) {
  const { t } = useTranslation();
  return (
    <Table className="people-table" aria-label={t('people.tableLabel')}>
      <TableHeader>
        <TableRow>
          <TableHeaderCell scope="col">{t('people.field.name')}</TableHeaderCell>
          <TableHeaderCell scope="col">{t('people.field.roles')}</TableHeaderCell>
          <TableHeaderCell scope="col">{t('people.field.discipline')}</TableHeaderCell>
          <TableHeaderCell scope="col">{t('people.field.organisation')}</TableHeaderCell>
          <TableHeaderCell scope="col">{t('people.field.active')}</TableHeaderCell>
          <TableHeaderCell scope="col">{t('people.actions')}</TableHeaderCell>
        </TableRow>
      </TableHeader>
      <TableBody>
        {people.map((person) => (
          <TableRow key={person.id} data-person-row={person.name}>
            <TableHeaderCell scope="row">
              {person.name}
              {person.isAdministrator && <span className="muted"> ({t('people.administratorTag')})</span>}
            </TableHeaderCell>
            <TableCell>{person.roles.map((role) => t(`people.roles.${role}`)).join(', ')}</TableCell>
            <TableCell>{person.discipline || '—'}</TableCell>
            <TableCell>{person.organisation || '—'}</TableCell>
            <TableCell>{t(person.active ? 'people.activeYes' : 'people.activeNo')}</TableCell>
            <TableCell className="people-table__actions">
              <Button appearance="subtle-button" onClick={() => onEdit(person)} aria-label={t('people.editNamed', { name: person.name })}>
                {t('people.edit')}
              </Button>
              <Button
                appearance="subtle-button"
                onClick={() => onToggleActive(person)}
                aria-label={t(person.active ? 'people.deactivateNamed' : 'people.reactivateNamed', { name: person.name })}
              >
                {t(person.active ? 'people.deactivate' : 'people.reactivate')}
              </Button>
            </TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
}
