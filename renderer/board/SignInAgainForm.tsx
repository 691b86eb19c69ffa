import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Button, Heading2, Paragraph } from '@utrecht/component-library-react';
import { reportStorageError } from '../persistence/storageProblems';
import { boardModeKey, type ConnectOutcome } from '../sync/boardMode';
import { useService } from '../services/services';
import { SignInFields, emptySignIn, toSignIn } from './SignInFields';
import { SignInProblem } from './SignInProblem';

/**
 * Board mode is on but this machine is not signed in (the sign-in ran out or
 * was ended by the secretary). Work goes on offline meanwhile; signing in
 * shares what waited.
 */
export function SignInAgainForm({ url }: { url: string }) {
  const { t } = useTranslation();
  const board = useService(boardModeKey);
  const [signIn, setSignIn] = useState(emptySignIn);
  const [refusal, setRefusal] = useState<Extract<ConnectOutcome, { ok: false }> | null>(null);
  const [busy, setBusy] = useState(false);

  async function submit(event: FormEvent) {
    event.preventDefault();
    setBusy(true);
    try {
      const outcome = await board.signIn(toSignIn(signIn));
      setRefusal(outcome.ok ? null : outcome);
    } catch (error) {
      reportStorageError(error);
    } finally {
      setBusy(false);
    }
  }

  return (
    <section aria-labelledby="board-sign-in" className="board-panel">
      <Heading2 id="board-sign-in">{t('board.signIn.againTitle')}</Heading2>
      <Paragraph>{t('board.signIn.againIntro', { url })}</Paragraph>
      <form onSubmit={(event) => void submit(event)} noValidate>
        <SignInFields values={signIn} onChange={setSignIn} methods={['login', 'invitation']} />
        {refusal && <SignInProblem refusal={refusal} />}
        <Button type="submit" appearance="primary-action-button" disabled={busy}>
          {t('board.signIn.submit')}
        </Button>
      </form>
    </section>
  );
}
