import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Alert, Heading1, Heading2, Paragraph } from '@utrecht/component-library-react';
import type { Invitation } from '@shared/accounts/accountSchema';
import { useBoardState } from '../useBoardState';
import { AccountTable } from './AccountTable';
import { InvitationNotice } from './InvitationNotice';
import { NewAccountForm } from './NewAccountForm';
import { useAccounts } from './useAccounts';

/** Instellingen → Bestuursmodus → Accounts: the secretary invites people, gives roles and guest access, and ends access. */
export function AccountsPage() {
  const { t } = useTranslation();
  const state = useBoardState();
  const accounts = useAccounts();
  const [invitation, setInvitation] = useState<Invitation | null>(null);
  const isSecretary = 'account' in state && state.account.role === 'secretaris';
  return (
    <>
      <Heading1>{t('board.accounts.title')}</Heading1>
      {!isSecretary ? (
        <Alert type="info">
          <Paragraph>{t('board.accounts.onlySecretary')}</Paragraph>
        </Alert>
      ) : (
        <>
          <Paragraph>{t('board.accounts.intro')}</Paragraph>
          {invitation && <InvitationNotice invitation={invitation} serverUrl={state.url} onDone={() => setInvitation(null)} />}
          {accounts.problem && (
            <Alert type="error" role="alert">
              <Paragraph>{t(`board.signInProblem.${accounts.problem}`, { count: 1 })}</Paragraph>
            </Alert>
          )}
          {accounts.accounts && <AccountTable accounts={accounts.accounts} run={accounts.run} onInvitation={setInvitation} />}
          <section aria-labelledby="new-account">
            <Heading2 id="new-account">{t('board.accounts.new.title')}</Heading2>
            <NewAccountForm run={accounts.run} onInvitation={setInvitation} />
          </section>
        </>
      )}
    </>
  );
}
