import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Alert, Button, Heading1, Heading2, Paragraph } from '@utrecht/component-library-react';
import { boardModeKey } from '../sync/boardMode';
import { useService } from '../services/services';
import { caseRepositoryKey } from '../cases/caseRepository';
import { useSettings } from '../settings/settingsContext';
import { reportStorageError } from '../persistence/storageProblems';
import { ConflictPolicyFieldset } from './ConflictPolicyFieldset';
import { ConnectForm } from './ConnectForm';
import { SignInAgainForm } from './SignInAgainForm';
import { SignedInAs } from './SignedInAs';
import { useBoardState } from './useBoardState';
import './board.css';

/** Instellingen → Bestuursmodus: share this machine's work with the board's server, or stop doing so. */
export function BoardServerPage() {
  const { t } = useTranslation();
  const state = useBoardState();
  return (
    <>
      <Heading1>{t('board.title')}</Heading1>
      <Paragraph>{t('board.intro')}</Paragraph>
      {state.mode === 'solo' ? (
        <ConnectForm />
      ) : (
        <>
          {state.mode === 'signedOut' ? <SignInAgainForm url={state.url} /> : <SignedInAs account={state.account} />}
          {'account' in state && state.account.role === 'secretaris' && <ConflictPolicyFieldset />}
          <ConnectedPanel url={state.url} />
        </>
      )}
      {state.mode === 'refused' && (
        <Alert type="error" role="alert">
          <Paragraph>{t(`board.refused.${state.reason}`)}</Paragraph>
        </Alert>
      )}
    </>
  );
}

function ConnectedPanel({ url }: { url: string }) {
  const { t } = useTranslation();
  const board = useService(boardModeKey);
  const cases = useService(caseRepositoryKey);
  const { settings } = useSettings();
  const [confirming, setConfirming] = useState(false);
  // Alone, no server numbers the cases still waiting for one: this machine does, as at every start alone.
  const disconnect = () =>
    board
      .disconnect()
      .then(() => cases.numberConcepts(settings.referencePattern))
      .catch(reportStorageError);
  return (
    <section aria-labelledby="board-connected" className="board-panel">
      <Heading2 id="board-connected">{t('board.connected.title')}</Heading2>
      <Paragraph>
        {t('board.connected.server')} <code>{url}</code>
      </Paragraph>
      {confirming ? (
        <Alert type="warning" role="alert">
          <Paragraph>{t('board.disconnect.warning')}</Paragraph>
          <div className="board-actions">
            <Button appearance="primary-action-button" onClick={() => void disconnect()}>
              {t('board.disconnect.confirm')}
            </Button>
            <Button appearance="secondary-action-button" onClick={() => setConfirming(false)}>
              {t('board.disconnect.cancel')}
            </Button>
          </div>
        </Alert>
      ) : (
        <Button appearance="secondary-action-button" onClick={() => setConfirming(true)}>
          {t('board.disconnect.start')}
        </Button>
      )}
    </section>
  );
}
