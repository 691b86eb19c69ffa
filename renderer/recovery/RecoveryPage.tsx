import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Alert, Button, Checkbox, FormField, FormLabel, Heading1, Heading2, Paragraph } from '@utrecht/component-library-react';
import type { FolderBackup } from '@shared/backup/ipcSchemas';
import type { DatabaseLoss } from '@shared/storage/databaseIdentity';
import { fileBytes, FilePicker } from '../backup/FilePicker';
import { refusalMessage } from '../backup/refusalMessage';
import { formatDateTime } from '../i18n/formatters';
import type { RecoveryActions, RestoreOutcome } from './recoveryActions';
import { UnsavedCopiesPanel } from './UnsavedCopiesPanel';
import './recovery.css';

/**
 * Shown instead of the app when the database is not the one the user worked
 * in. It says what happened and offers the ways on; nothing is written until
 * the user picks one, and each ends in a fresh start of the app.
 */
export function RecoveryPage({ loss, actions, onDone = () => window.location.reload() }: { loss: DatabaseLoss; actions: RecoveryActions; onDone?: () => void }) {
  const { t } = useTranslation();
  const [newest, setNewest] = useState<FolderBackup | null | undefined>(undefined);
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const [understood, setUnderstood] = useState(false);

  useEffect(() => {
    actions.newestBackup().then(setNewest, () => setNewest(null));
  }, [actions]);

  const run = async (work: () => Promise<RestoreOutcome>) => {
    setBusy(true);
    setProblem(null);
    const outcome = await work().catch((error: unknown): RestoreOutcome => ({ ok: false, failure: String(error) }));
    setBusy(false);
    if (outcome.ok) onDone();
    else setProblem('refusal' in outcome ? refusalMessage(t, outcome.refusal) : t('recovery.restoreFailed', { detail: outcome.failure }));
  };

  return (
    <main id="inhoud" className="recovery">
      <Heading1>{t('recovery.title')}</Heading1>
      <Alert type="error" role="alert">
        <Paragraph>{t(`recovery.loss.${loss}`)}</Paragraph>
        <Paragraph>{t('recovery.nothingWritten')}</Paragraph>
      </Alert>
      {problem && (
        <Alert type="error" role="alert">
          <Paragraph>{problem}</Paragraph>
        </Alert>
      )}

      <section aria-labelledby="recovery-backup">
        <Heading2 id="recovery-backup">{t('recovery.backup.title')}</Heading2>
        {newest === undefined ? (
          <Paragraph role="status">{t('common.loading')}</Paragraph>
        ) : newest ? (
          <>
            <Paragraph>{t('recovery.backup.newest', { at: formatDateTime(newest.at) })}</Paragraph>
            <Button appearance="primary-action-button" disabled={busy} onClick={() => void run(() => actions.restoreFolderBackup(newest.fileName))}>
              {t('recovery.backup.restoreNewest')}
            </Button>
          </>
        ) : (
          <Paragraph>{t('recovery.backup.noneInFolder')}</Paragraph>
        )}
        <FilePicker label={t('recovery.backup.chooseFile')} disabled={busy} onFile={(file) => void run(async () => actions.restoreFile(await fileBytes(file)))} />
      </section>

      <section aria-labelledby="recovery-unsaved">
        <Heading2 id="recovery-unsaved">{t('recovery.unsaved.title')}</Heading2>
        <UnsavedCopiesPanel saveAll={() => actions.saveUnsaved()} />
      </section>

      <section aria-labelledby="recovery-continue">
        <Heading2 id="recovery-continue">{t('recovery.continue.title')}</Heading2>
        <Paragraph>{t(`recovery.continue.explain.${loss}`)}</Paragraph>
        <FormField type="checkbox">
          <Checkbox id="recovery-understood" checked={understood} onChange={(event) => setUnderstood(event.target.checked)} />
          <FormLabel htmlFor="recovery-understood" type="checkbox">
            {t('recovery.continue.understood')}
          </FormLabel>
        </FormField>
        <div>
          <Button
            appearance="secondary-action-button"
            disabled={busy || !understood}
            onClick={() =>
              void run(async () => {
                await actions.continueWithDatabase();
                return { ok: true };
              })
            }
          >
            {t('recovery.continue.button')}
          </Button>
        </div>
      </section>
    </main>
  );
}
