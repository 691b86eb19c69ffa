import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Alert, Button, Paragraph, TableCell, TableRow } from '@utrecht/component-library-react';
import { accountRoles, type AccountRole } from '@shared/accounts/accountRoles';
import type { Account, Invitation, UpdateAccountRequest } from '@shared/accounts/accountSchema';
import { SelectField } from '../../components/SelectField';
import type { AccountProblem } from '../../sync/accountApi';
import { InvitedCasesField } from './InvitedCasesField';
import type { Accounts } from './useAccounts';

/** One account: its role, whether it may still sign in, a new code for a forgotten password, and a guest's cases. */
export function AccountRow({ account, run, onInvitation }: { account: Account; run: Accounts['run']; onInvitation(invitation: Invitation): void }) {
  const { t } = useTranslation();
  const [problem, setProblem] = useState<AccountProblem | null>(null);
  const [editingCases, setEditingCases] = useState<string[] | null>(null);
  /** The role process owner was chosen for an account without exactly one case: it is given together with the case. */
  const [becomingOwner, setBecomingOwner] = useState(false);

  async function update(change: UpdateAccountRequest) {
    const updated = await run((api, token) => api.updateAccount(token, account.id, change));
    setProblem(updated.ok ? null : updated.problem);
    return updated.ok;
  }

  async function saveCases(caseIds: string[]) {
    if (!(await update(becomingOwner ? { role: 'proceseigenaar', caseIds } : { caseIds }))) return;
    setEditingCases(null);
    setBecomingOwner(false);
  }

  async function reset() {
    const invited = await run((api, token) => api.resetAccount(token, account.id));
    setProblem(invited.ok ? null : invited.problem);
    if (invited.ok) onInvitation(invited.value);
  }

  const state = !account.active ? 'inactive' : account.activated ? 'active' : 'invited';
  const owner = account.role === 'proceseigenaar';
  const invited = account.role === 'gast' || owner;
  return (
    <TableRow data-account={account.email}>
      <TableCell>
        {account.name}
        <br />
        <small>{account.email}</small>
      </TableCell>
      <TableCell>
        <SelectField
          label={t('board.accounts.roleOf', { name: account.name })}
          name={`role-${account.id}`}
          value={account.role}
          options={accountRoles.map((role) => ({ value: role, label: t(`board.roles.${role}`) }))}
          onChange={(role) => {
            if (role === 'proceseigenaar' && account.caseIds.length !== 1) {
              setBecomingOwner(true);
              setEditingCases(account.caseIds.slice(-1));
            } else {
              void update({ role: role as AccountRole });
            }
          }}
        />
        {account.role === 'gast' && <Paragraph>{t('board.accounts.guestCases', { count: account.caseIds.length })}</Paragraph>}
        {account.role === 'proceseigenaar' && <Paragraph>{t('board.accounts.ownerCase')}</Paragraph>}
      </TableCell>
      <TableCell>{t(`board.accounts.states.${state}`)}</TableCell>
      <TableCell>
        <div className="board-actions">
          <Button appearance="secondary-action-button" onClick={() => void update({ active: !account.active })}>
            {t(account.active ? 'board.accounts.deactivate' : 'board.accounts.activate', { name: account.name })}
          </Button>
          <Button appearance="secondary-action-button" onClick={() => void reset()}>
            {t('board.accounts.reset', { name: account.name })}
          </Button>
          {invited && editingCases === null && (
            <Button appearance="secondary-action-button" onClick={() => setEditingCases(account.caseIds)}>
              {t(owner ? 'board.accounts.editOwnerCase' : 'board.accounts.editCases', { name: account.name })}
            </Button>
          )}
        </div>
        {editingCases !== null && (
          <>
            {becomingOwner && <Paragraph>{t('board.accounts.chooseOwnerCase', { name: account.name })}</Paragraph>}
            <InvitedCasesField value={editingCases} one={owner || becomingOwner} onChange={setEditingCases} />
            <Button appearance="primary-action-button" onClick={() => void saveCases(editingCases)}>
              {t(becomingOwner ? 'board.accounts.saveOwnerCase' : 'board.accounts.saveCases')}
            </Button>
          </>
        )}
        {problem && (
          <Alert type="error" role="alert">
            <Paragraph>{t(`board.signInProblem.${problem}`, { count: 1 })}</Paragraph>
          </Alert>
        )}
      </TableCell>
    </TableRow>
  );
}
