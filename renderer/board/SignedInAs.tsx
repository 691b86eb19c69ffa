import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { Paragraph } from '@utrecht/component-library-react';
import type { Account } from '@shared/accounts/accountSchema';

/** Who this machine works as: every change and decision is attributed to this account. */
export function SignedInAs({ account }: { account: Account }) {
  const { t } = useTranslation();
  return (
    <Paragraph>
      {t('board.signedInAs', { name: account.name, email: account.email, role: t(`board.roles.${account.role}`) })}
      {account.role === 'secretaris' && (
        <>
          {' '}
          <Link to="/instellingen/bestuur/accounts">{t('board.accounts.manageLink')}</Link>
        </>
      )}
    </Paragraph>
  );
}
