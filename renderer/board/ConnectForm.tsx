import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Alert, Button, Heading2, Paragraph, Textbox } from '@utrecht/component-library-react';
import type { ServerAddressProblem } from '@shared/sync/serverAddress';
import { syncedTables } from '@shared/sync/syncedTables';
import { Field } from '../components/Field';
import { reportStorageError } from '../persistence/storageProblems';
import { boardModeKey } from '../sync/boardMode';
import { useService } from '../services/services';
import { useSharePreview } from './useSharePreview';

/** The server's address, what connecting will share, and the step itself. */
export function ConnectForm() {
  const { t } = useTranslation();
  const board = useService(boardModeKey);
  const counts = useSharePreview();
  const [address, setAddress] = useState('');
  const [problem, setProblem] = useState<ServerAddressProblem | null>(null);
  const [busy, setBusy] = useState(false);

  async function submit(event: FormEvent) {
    event.preventDefault();
    setBusy(true);
    try {
      const outcome = await board.connect(address);
      setProblem(outcome.ok ? null : outcome.problem);
    } catch (error) {
      reportStorageError(error);
    } finally {
      setBusy(false);
    }
  }

  const shared = counts ? syncedTables.filter((table) => counts[table] > 0) : [];
  return (
    <section aria-labelledby="board-connect" className="board-panel">
      <Heading2 id="board-connect">{t('board.connect.title')}</Heading2>
      <form onSubmit={(event) => void submit(event)} noValidate>
        <Field label={t('board.connect.address')} hint={t('board.connect.addressHint')} error={problem ? `board.address.${problem}` : undefined}>
          {(control) => <Textbox {...control} name="server" value={address} onChange={(event) => setAddress(event.target.value)} autoComplete="url" />}
        </Field>
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
        <Button type="submit" appearance="primary-action-button" disabled={busy}>
          {t('board.connect.submit')}
        </Button>
      </form>
    </section>
  );
}
