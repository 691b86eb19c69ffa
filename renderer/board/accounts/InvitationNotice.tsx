import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { Alert, Button, Paragraph } from '@utrecht/component-library-react';
import type { Invitation } from '@shared/accounts/accountSchema';
import { toInvitationLink } from '@shared/accounts/invitationLink';
import { formatDateTime } from '../../i18n/formatters';

/**
 * The code is shown this once: the server keeps only its fingerprint. The
 * link holds the server's address and the e-mail too, so a project lead, who
 * may never have seen the board page, only pastes it and chooses a password.
 */
export function InvitationNotice({ invitation, serverUrl, onDone }: { invitation: Invitation; serverUrl: string; onDone(): void }) {
  const { t } = useTranslation();
  const heading = useRef<HTMLParagraphElement>(null);
  useEffect(() => heading.current?.focus(), [invitation]);
  return (
    <Alert type="ok" role="status">
      <Paragraph ref={heading} tabIndex={-1}>
        {t('board.accounts.invitation.intro', { name: invitation.account.name, email: invitation.account.email })}
      </Paragraph>
      <Paragraph>
        <code className="board-code" data-invitation-code>
          {invitation.invitationCode}
        </code>
      </Paragraph>
      <Paragraph>{t('board.accounts.invitation.linkIntro')}</Paragraph>
      <Paragraph>
        <code className="board-code board-code--link" data-invitation-link>
          {toInvitationLink({ serverUrl, invitationCode: invitation.invitationCode, email: invitation.account.email })}
        </code>
      </Paragraph>
      <Paragraph>{t('board.accounts.invitation.howTo', { until: formatDateTime(invitation.expiresAt) })}</Paragraph>
      <Button appearance="secondary-action-button" onClick={onDone}>
        {t('board.accounts.invitation.done')}
      </Button>
    </Alert>
  );
}
