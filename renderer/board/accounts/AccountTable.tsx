import { useTranslation } from 'react-i18next';
import { Table, TableBody, TableHeader, TableHeaderCell, TableRow } from '@utrecht/component-library-react';
import type { Account, Invitation } from '@shared/accounts/accountSchema';
import { AccountRow } from './AccountRow';
import type { Accounts } from './useAccounts';

export function AccountTable({ accounts, run, onInvitation }: { accounts: readonly Account[]; run: Accounts['run']; onInvitation(invitation: Invitation): void }) {
  const { t } = useTranslation();
  return (
    <Table className="board-accounts">
      <TableHeader>
        <TableRow>
          <TableHeaderCell scope="col">{t('board.accounts.fields.name')}</TableHeaderCell>
          <TableHeaderCell scope="col">{t('board.accounts.fields.role')}</TableHeaderCell>
          <TableHeaderCell scope="col">{t('board.accounts.fields.state')}</TableHeaderCell>
          <TableHeaderCell scope="col">{t('board.accounts.fields.actions')}</TableHeaderCell>
        </TableRow>
      </TableHeader>
      <TableBody>
        {accounts.map((account) => (
          <AccountRow key={account.id} account={account} run={run} onInvitation={onInvitation} />
        ))}
      </TableBody>
    </Table>
  );
}
