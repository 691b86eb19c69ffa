import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Alert, Button, Heading2, Paragraph, Textbox } from '@utrecht/component-library-react';
import { parseInvitationLink } from '@shared/accounts/invitationLink';
import { serverAddressProblems, type ServerAddressProblem } from '@shared/sync/serverAddress';
import { syncedTables } from '@shared/sync/syncedTables';
import { Field } from '../components/Field';
import { reportStorageError } from '../persistence/storageProblems';
import { boardModeKey, type ConnectOutcome } from '../sync/boardMode';
import { useService } from '../services/services';
import { SignInFields, emptySignIn, toSignIn } from './SignInFields';
import { SignInProblem } from './SignInProblem';
import { useSharePreview } from './useSharePreview';

type Refusal = Extract<ConnectOutcome, { ok: false }>;
const isAddressProblem = (problem: string): problem is ServerAddressProblem => (serverAddressProblems as readonly string[]).includes(problem);

/** The server's address, who signs in, what connecting will share, and the step itself. */
export function ConnectForm() {
  const { t } = useTranslation();
  const board = useService(boardModeKey);
  const counts = useSharePreview();
  const [address, setAddress] = useState('');
  const [signIn, setSignIn] = useState(emptySignIn);
  const [refusal, setRefusal] = useState<Refusal | null>(null);
  const [busy, setBusy] = useState(false);

  /** A pasted invitation link fills in the address and the invitation; anything else is the address as typed. */
  function changeAddress(value: string) {
    const link = parseInvitationLink(value);
    if (link === null) {
      setAddress(value);
      return;
    }
    setAddress(link.serverUrl);
    setSignIn({ ...signIn, method: 'invitation', code: link.invitationCode, email: link.email });
  }

  async function submit(event: FormEvent) {
    event.preventDefault();
    setBusy(true);
    try {
      const outcome = await board.connect(address, toSignIn(signIn));
      setRefusal(outcome.ok ? null : outcome);
    } catch (error) {
      reportStorageError(error);
    } finally {
      setBusy(false);
    }
  }

  const addressProblem = refusal && isAddressProblem(refusal.problem) ? refusal.problem : null;
  const shared = counts ? syncedTables.filter((table) => counts[table] > 0) : [];
  return (
    <section aria-labelledby="board-connect" className="board-panel">
      <Heading2 id="board-connect">{t('board.connect.title')}</Heading2>
      <form onSubmit={(event) => void submit(event)} noValidate>
        <Field label={t('board.connect.address')} hint={t('board.connect.addressHint')} error={addressProblem ? `board.address.${addressProblem}` : undefined}>
          {(control) => <Textbox {...control} name="server" value={address} onChange={(event) => changeAddress(event.target.value)} autoComplete="url" />}
        </Field>
        <SignInFields values={signIn} onChange={setSignIn} methods={['login', 'invitation', 'setup']} />
        <Paragraph>{shared.length ? t('board.connect.preview') : t('board.connect.previewEmpty')}</Paragraph>
        {shared.length > 0 && (
          <ul className="board-preview">
            {shared.map((table) => (
              <li key={table}>{t(`board.kinds.${table}`, { count: counts![table] })}</li>
            ))}
          </ul>
        )}
        <Alert type="info">
          <Paragraph>{t('board.connect.backupAdvice')}</Paragraph>
        </Alert>
        {refusal && !addressProblem && <SignInProblem refusal={refusal} />}
        <Button type="submit" appearance="primary-action-button" disabled={busy}>
          {t('board.connect.submit')}
        </Button>
      </form>
    </section>
  );
}
