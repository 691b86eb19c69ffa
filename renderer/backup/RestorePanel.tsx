import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Alert, Button, ButtonGroup, Heading2, Heading3, Paragraph, Table, TableBody, TableCaption, TableCell, TableHeader, TableHeaderCell, TableRow } from '@utrecht/component-library-react';
import type { TableDifference } from '@shared/backup/diff';
import type { ValidBackup } from '@shared/backup/readBackup';
import type { Refusal } from '@shared/backup/refusal';
import { useService } from '../services/services';
import { backupServiceKey } from './backupService';
import { bridgeKey } from '../platform/bridge';
import { formatDateTime } from '../i18n/formatters';
import { useSettings } from '../settings/settingsContext';
import { fileBytes, FilePicker } from './FilePicker';
import { RefusalAlert } from './RefusalAlert';
import { restoredNoticeKey } from './restoredNotice';
import { useBoardState } from '../board/useBoardState';

interface Preview {
  backup: ValidBackup;
  tables: TableDifference[];
  backupLatest: string | null;
  currentLatest: string | null;
}

const columns = ['inBackup', 'current', 'onlyInBackup', 'onlyHere', 'changed'] as const;

/** Choose a file, see what it holds and how it differs, then restore all of it or nothing. */
export function RestorePanel() {
  const { t } = useTranslation();
  const backup = useService(backupServiceKey);
  const bridge = useService(bridgeKey);
  const { settings } = useSettings();
  const [busy, setBusy] = useState(false);
  const [refusal, setRefusal] = useState<Refusal | null>(null);
  // A restore rewrites every record; connected, its removals would reach the whole board.
  const shared = useBoardState().mode !== 'solo';
  const [preview, setPreview] = useState<Preview | null>(null);
  const [failure, setFailure] = useState<string | null>(null);
  const [notKept, setNotKept] = useState(false);
  /** A downloaded safety copy waiting for the user to say it was kept. */
  const [asking, setAsking] = useState<{ fileName: string; answer(kept: boolean): void } | null>(null);
  const keptButton = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    if (asking) keptButton.current?.focus();
  }, [asking]);

  const choose = async (file: File) => {
    setBusy(true);
    setRefusal(null);
    setPreview(null);
    setFailure(null);
    setNotKept(false);
    try {
      const repository = await backup.repository();
      const read = await repository.read(await fileBytes(file));
      if (!read.ok) setRefusal(read.refusal);
      else setPreview({ backup: read.value, ...(await repository.preview(read.value)) });
    } catch (error) {
      setFailure(t('backup.failed', { detail: String(error) }));
    } finally {
      setBusy(false);
    }
  };

  const confirmKept = (fileName: string) =>
    new Promise<boolean>((resolve) =>
      setAsking({
        fileName,
        answer: (kept) => {
          setAsking(null);
          resolve(kept);
        },
      }),
    );

  const restore = async () => {
    if (!preview) return;
    setBusy(true);
    setNotKept(false);
    let restored: { safetyCopy: string } | null;
    try {
      restored = await backup.restore(preview.backup, settings, confirmKept);
    } catch (error) {
      setFailure(t('backup.restore.failed', { detail: error instanceof Error ? error.message : String(error) }));
      setBusy(false);
      return;
    }
    if (restored === null) {
      setNotKept(true);
      setBusy(false);
      return;
    }
    // Everything on screen (settings, language, open lists) comes from the old data: start afresh.
    sessionStorage.setItem(restoredNoticeKey, restored.safetyCopy);
    location.reload();
  };

  const when = (iso: string | null) => (iso ? formatDateTime(iso) : t('backup.restore.none'));

  return (
    <section aria-labelledby="backup-restore" className="backup-section">
      <Heading2 id="backup-restore">{t('backup.restore.heading')}</Heading2>
      {shared && (
        <Alert type="info">
          <Paragraph>{t('backup.restore.boardMode')}</Paragraph>
        </Alert>
      )}
      <FilePicker label={t('backup.restore.choose')} disabled={busy || shared} onFile={(file) => void choose(file)} />
      {busy && <Paragraph role="status">{t('backup.busy')}</Paragraph>}
      {refusal && <RefusalAlert refusal={refusal} />}
      {failure && (
        <Alert type="error" role="alert">
          <Paragraph>{failure}</Paragraph>
        </Alert>
      )}
      {preview && (
        <div className="backup-preview">
          <Heading3>{t('backup.restore.previewHeading')}</Heading3>
          <Paragraph>
            {t('backup.restore.made', { date: formatDateTime(preview.backup.manifest.createdAt), app: preview.backup.manifest.appVersion, schema: preview.backup.manifest.schemaVersion })}
          </Paragraph>
          <Paragraph>{t('backup.restore.latest', { backup: when(preview.backupLatest), current: when(preview.currentLatest) })}</Paragraph>
          <Table className="backup-diff">
            <TableCaption>{t('backup.restore.tableCaption')}</TableCaption>
            <TableHeader>
              <TableRow>
                <TableHeaderCell scope="col">{t('backup.restore.column.table')}</TableHeaderCell>
                {columns.map((column) => (
                  <TableHeaderCell key={column} scope="col">
                    {t(`backup.restore.column.${column}`)}
                  </TableHeaderCell>
                ))}
              </TableRow>
            </TableHeader>
            <TableBody>
              {preview.tables
                .filter((row) => row.inBackup + row.current > 0)
                .map((row) => (
                  <TableRow key={row.table} data-table={row.table}>
                    <TableHeaderCell scope="row">{t(`backup.tables.${row.table}`)}</TableHeaderCell>
                    {columns.map((column) => (
                      <TableCell key={column} data-column={column}>
                        {row[column]}
                      </TableCell>
                    ))}
                  </TableRow>
                ))}
            </TableBody>
          </Table>
          <Alert type="warning" role="status">
            <Paragraph>{t('backup.restore.warning')}</Paragraph>
            <Paragraph>{t(bridge.kind === 'desktop' ? 'backup.restore.safetyDesktop' : 'backup.restore.safetyWeb')}</Paragraph>
          </Alert>
          {asking && (
            <Alert type="info" role="alert">
              <Paragraph>{t('backup.restore.keptQuestion', { name: asking.fileName })}</Paragraph>
              <ButtonGroup>
                <Button ref={keptButton} appearance="primary-action-button" onClick={() => asking.answer(true)}>
                  {t('backup.restore.kept')}
                </Button>
                <Button appearance="secondary-action-button" onClick={() => asking.answer(false)}>
                  {t('backup.restore.keptCancel')}
                </Button>
              </ButtonGroup>
            </Alert>
          )}
          {notKept && (
            <Alert type="warning" role="alert">
              <Paragraph>{t('backup.restore.notKept')}</Paragraph>
            </Alert>
          )}
          <ButtonGroup>
            <Button appearance="primary-action-button" onClick={() => void restore()} disabled={busy}>
              {t('backup.restore.confirm')}
            </Button>
            <Button appearance="secondary-action-button" onClick={() => setPreview(null)} disabled={busy}>
              {t('backup.restore.cancel')}
            </Button>
          </ButtonGroup>
        </div>
      )}
    </section>
  );
}
