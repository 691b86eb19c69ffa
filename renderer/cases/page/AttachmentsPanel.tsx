import { useCallback, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Alert, Button, Paragraph } from '@utrecht/component-library-react';
import { attachmentLimitBytes } from '@shared/backup/limits';
import { attachmentTypes, type AttachmentRefusal } from '@shared/cases/attachments';
import { useService } from '../../services/services';
import { attachmentRepositoryKey } from '../attachmentRepositoryKey';
import { bridgeKey } from '../../platform/bridge';
import type { AttachmentRecord } from '../../db/database';
import { formatDateTime, formatFileSize } from '../../i18n/formatters';
import { reportStorageError } from '../../persistence/storageProblems';
import { UnreadableNotice } from '../../persistence/UnreadableNotice';
import { useLoaded } from '../../persistence/useLoaded';
import { useSettings } from '../../settings/settingsContext';

const accept = Object.keys(attachmentTypes)
  .map((extension) => `.${extension}`)
  .join(',');

export function AttachmentsPanel({ caseId }: { caseId: string }) {
  const { t } = useTranslation();
  const attachments = useService(attachmentRepositoryKey);
  const bridge = useService(bridgeKey);
  const { settings } = useSettings();
  const headingId = useId();
  const inputId = useId();
  const { value: list, failed, reload } = useLoaded(useCallback(() => attachments.forCase(caseId), [attachments, caseId]));
  const [refusals, setRefusals] = useState<{ name: string; refusal: AttachmentRefusal }[]>([]);
  const [showRemoved, setShowRemoved] = useState(false);

  const add = async (files: FileList | null) => {
    const refused: typeof refusals = [];
    for (const file of Array.from(files ?? [])) {
      try {
        const result = await attachments.add(caseId, file, attachmentLimitBytes(settings.attachmentLimitMb));
        if (!result.ok) refused.push({ name: file.name, refusal: result.refusal });
      } catch (error) {
        reportStorageError(error);
      }
    }
    // Told once the list is read again, so the list beside the message is the one it speaks about.
    await reload();
    setRefusals(refused);
  };

  const transfer = async (attachment: AttachmentRecord, action: 'open' | 'save') => {
    const bytes = new Uint8Array(await attachment.blob.arrayBuffer());
    if (action === 'open') await bridge.openFile({ name: attachment.name, bytes });
    else await bridge.saveFile({ suggestedName: attachment.name, bytes });
  };

  const setRemoved = async (id: string, removed: boolean) => {
    await attachments.setRemoved(id, removed).catch(reportStorageError);
    await reload();
  };

  const shown = (list ?? []).filter((a) => showRemoved || a.removedAt === null);
  const removedCount = (list ?? []).filter((a) => a.removedAt !== null).length;

  return (
    <section aria-labelledby={headingId} className="attachments">
      <h2 id={headingId}>{t('attachments.title')}</h2>
      <div className="attachments__add">
        <label htmlFor={inputId} className="file-label">
          {t('attachments.add', { limit: settings.attachmentLimitMb })}
        </label>
        <input
          id={inputId}
          type="file"
          multiple
          accept={accept}
          onChange={(event) => {
            void add(event.target.files);
            event.target.value = '';
          }}
        />
      </div>
      {refusals.length > 0 && (
        <Alert type="error" role="alert">
          {refusals.map(({ name, refusal }) => (
            <Paragraph key={name}>{t(`attachments.refused.${refusal.reason}`, { name, limit: 'limitMb' in refusal ? refusal.limitMb : 0 })}</Paragraph>
          ))}
        </Alert>
      )}
      {list === null && failed ? (
        <UnreadableNotice message={t('attachments.unreadable')} onRetry={() => void reload()} />
      ) : list === null ? (
        <Paragraph role="status">{t('common.loading')}</Paragraph>
      ) : shown.length === 0 ? (
        <p className="muted">{t('attachments.none')}</p>
      ) : (
        <ul className="attachment-list">
          {shown.map((attachment) => (
            <li key={attachment.id} className={attachment.removedAt ? 'is-removed' : undefined}>
              <span className="attachment-list__name">{attachment.name}</span>
              <span className="muted">
                {formatFileSize(attachment.size)} · {formatDateTime(attachment.addedAt)}
                {attachment.removedAt && ` · ${t('attachments.removed')}`}
              </span>
              <span className="attachment-list__actions">
                <Button appearance="subtle-button" onClick={() => void transfer(attachment, 'open')} aria-label={t('attachments.openNamed', { name: attachment.name })}>
                  {t('attachments.open')}
                </Button>
                <Button appearance="subtle-button" onClick={() => void transfer(attachment, 'save')} aria-label={t('attachments.saveNamed', { name: attachment.name })}>
                  {t('attachments.save')}
                </Button>
                <Button
                  appearance="subtle-button"
                  onClick={() => void setRemoved(attachment.id, attachment.removedAt === null)}
                  aria-label={t(attachment.removedAt ? 'attachments.restoreNamed' : 'attachments.removeNamed', { name: attachment.name })}
                >
                  {t(attachment.removedAt ? 'attachments.restore' : 'attachments.remove')}
                </Button>
              </span>
            </li>
          ))}
        </ul>
      )}
      {removedCount > 0 && (
        <Button appearance="subtle-button" onClick={() => setShowRemoved((v) => !v)}>
          {t(showRemoved ? 'attachments.hideRemoved' : 'attachments.showRemoved', { count: removedCount })}
        </Button>
      )}
    </section>
  );
}
