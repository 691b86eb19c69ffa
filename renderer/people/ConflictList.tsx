import { useTranslation } from 'react-i18next';
import { Button, Paragraph, Table, TableBody, TableCell, TableHeader, TableHeaderCell, TableRow } from '@utrecht/component-library-react';
import type { ConflictDeclaration } from '@shared/people/boardSchema';
import type { Person } from '@shared/people/personSchema';
import { formatDate } from '../i18n/formatters';

interface Props {
  conflicts: readonly ConflictDeclaration[];
  people: ReadonlyMap<string, Person>;
  onWithdraw(conflict: ConflictDeclaration): void;
}

/**
 * Every declaration stays listed, also for someone since taken off the board: it is part of the record.
 * Only withdrawing one takes it off, and the case's audit trail keeps that it was there.
 */
export function ConflictList({ conflicts, people, onWithdraw }: Props) {
  const { t } = useTranslation();
  if (conflicts.length === 0) return <Paragraph className="muted">{t('people.conflict.none')}</Paragraph>;
  return (
    <Table className="conflict-table" aria-label={t('people.conflict.tableLabel')}>
      <TableHeader>
        <TableRow>
          <TableHeaderCell scope="col">{t('people.conflict.person')}</TableHeaderCell>
          <TableHeaderCell scope="col">{t('people.conflict.declaredOn')}</TableHeaderCell>
          <TableHeaderCell scope="col">{t('people.conflict.description')}</TableHeaderCell>
          <TableHeaderCell scope="col">{t('people.conflict.measure')}</TableHeaderCell>
          <TableHeaderCell scope="col">{t('people.conflict.actions')}</TableHeaderCell>
        </TableRow>
      </TableHeader>
      <TableBody>
        {conflicts.map((conflict, index) => {
          const name = people.get(conflict.personId)?.name ?? t('people.board.unknownPerson');
          return (
            <TableRow key={index} data-conflict-row={people.get(conflict.personId)?.name}>
              <TableCell>{name}</TableCell>
              <TableCell>{formatDate(conflict.declaredOn)}</TableCell>
              <TableCell className="preserve-lines">{conflict.description}</TableCell>
              <TableCell>{t(`people.conflict.measures.${conflict.measure}`)}</TableCell>
              <TableCell>
                <Button
                  appearance="subtle-button"
                  onClick={() => onWithdraw(conflict)}
                  aria-label={t('people.conflict.withdrawNamed', { name, date: formatDate(conflict.declaredOn) })}
                >
                  {t('people.conflict.withdraw')}
                </Button>
              </TableCell>
            </TableRow>
          );
        })}
      </TableBody>
    </Table>
  );
}
