import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import { useTranslation } from 'react-i18next';
import { Alert, Button, Heading2, Paragraph, Textbox } from '@utrecht/component-library-react';
import { backupSettingsSchema, type BackupSettings } from '@shared/backup/backupSettings';
import type { BackupStatus } from '@shared/backup/ipcSchemas';
import { useService } from '../services/services';
import { backupServiceKey } from './backupService';
import { bridgeKey } from '../platform/bridge';
import { Field } from '../components/Field';
import { formatDateTime, formatFileSize } from '../i18n/formatters';
import { CheckboxField } from '../people/CheckboxField';
import { reportStorageError } from '../persistence/storageProblems';
import { useSettings } from '../settings/settingsContext';

const counts = ['keepDaily', 'keepWeekly', 'keepMonthly'] as const;

/** The schedule, retention and folder of automatic backups (desktop), and the reminder's period (everywhere). */
export function AutoBackupPanel({ folder, onChanged }: { folder: BackupStatus | null; onChanged(): void }) {
  const { t } = useTranslation();
  const backup = useService(backupServiceKey);
  const bridge = useService(bridgeKey);
  const { settings, save } = useSettings();
  const [saved, setSaved] = useState(false);
  const desktop = bridge.kind === 'desktop';
  const { register, handleSubmit, formState } = useForm<BackupSettings>({ resolver: zodResolver(backupSettingsSchema), defaultValues: settings.backup });
  const { errors } = formState;

  const submit = handleSubmit(async (values) => {
    try {
      await save({ ...settings, backup: values });
      setSaved(true);
    } catch (error) {
      reportStorageError(error);
    }
  });
  const chooseFolder = async () => {
    const result = await backup.chooseFolder();
    if (result.ok && result.value.folder !== null) onChanged();
  };

  return (
    <section aria-labelledby="backup-auto" className="backup-section">
      <Heading2 id="backup-auto">{t('backup.auto.heading')}</Heading2>
      {!desktop && <Paragraph>{t('backup.auto.web')}</Paragraph>}
      {desktop && folder?.folder && (
        <>
          <Paragraph>
            {t('backup.auto.folder')}: <code>{folder.folder}</code> {folder.isDefault && t('backup.auto.defaultFolder')}
          </Paragraph>
          <Button appearance="secondary-action-button" onClick={() => void chooseFolder()}>
            {t('backup.auto.chooseFolder')}
          </Button>
        </>
      )}
      <form onSubmit={submit} noValidate className="settings-form" onChange={() => setSaved(false)}>
        {desktop && <CheckboxField label={t('backup.auto.enabled')} {...register('auto')} />}
        {desktop &&
          counts.map((name) => (
            <Field key={name} label={t(`backup.auto.${name}`)} error={errors[name]?.message}>
              {(c) => <Textbox type="number" min={0} {...c} {...register(name, { valueAsNumber: true })} />}
            </Field>
          ))}
        <Field label={t('backup.auto.warnDays')} error={errors.warnAfterDays?.message}>
          {(c) => <Textbox type="number" min={1} max={365} {...c} {...register('warnAfterDays', { valueAsNumber: true })} />}
        </Field>
        <Button type="submit" appearance="secondary-action-button">
          {t('backup.auto.save')}
        </Button>
        {saved && (
          <Alert type="ok" role="status">
            <Paragraph>{t('backup.auto.saved')}</Paragraph>
          </Alert>
        )}
      </form>
      {desktop && folder && (
        <>
          <h3>{t('backup.auto.list')}</h3>
          {folder.backups.length === 0 ? (
            <Paragraph>{t('backup.auto.none')}</Paragraph>
          ) : (
            <ul className="backup-list">
              {folder.backups.map((file) => (
                <li key={file.fileName}>
                  {formatDateTime(file.at)} · {t(`backup.auto.reason.${file.reason}`)} · {formatFileSize(file.bytes)} · <code>{file.fileName}</code>
                </li>
              ))}
            </ul>
          )}
        </>
      )}
    </section>
  );
}
