import { useTranslation } from 'react-i18next';
import { Alert, Paragraph } from '@utrecht/component-library-react';
import type { ConnectOutcome } from '../sync/boardMode';

/** Why the server did not let the person in, in words that say what to do next; nothing changed on this machine. */
export function SignInProblem({ refusal }: { refusal: Extract<ConnectOutcome, { ok: false }> }) {
  const { t } = useTranslation();
  const minutes = Math.max(1, Math.ceil((refusal.retryAfterSeconds ?? 0) / 60));
  return (
    <Alert type="error" role="alert">
      <Paragraph>{t(`board.signInProblem.${refusal.problem}`, { count: minutes })}</Paragraph>
    </Alert>
  );
}
