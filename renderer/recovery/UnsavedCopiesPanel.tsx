import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Button, ButtonGroup, Paragraph } from '@utrecht/component-library-react';
import { formatDateTime } from '../i18n/formatters';
import { discardEmergencyCopy, useEmergencyCopies, type EmergencyCopy } from '../persistence/emergencyCopies';
import { copyPreview } from './copyPreview';
import { canReplay, copyKind } from './replayCopy';

interface Props {
  /** Writes a copy back; absent where nothing may be written (the recovery screen). */
  replay?: (copy: EmergencyCopy) => Promise<unknown> | null;
  saveAll(): Promise<boolean>;
}

/** Text that could not be saved, each with what it was, when, and its words; kept until the user decides. */
export function UnsavedCopiesPanel({ replay, saveAll }: Props) {
  const { t } = useTranslation();
  const copies = useEmergencyCopies();
  const [message, setMessage] = useState<string | null>(null);

  const writeBack = async (copy: EmergencyCopy) => {
    const writing = replay?.(copy);
    if (!writing) return;
    try {
      await writing;
      discardEmergencyCopy(copy.key);
      setMessage(t('unsaved.replayed'));
    } catch {
      setMessage(t('unsaved.replayFailed'));
    }
  };

  const status = message && <Paragraph role="status">{message}</Paragraph>;
  if (copies.length === 0)
    return (
      <div className="unsaved-copies">
        <Paragraph>{t('unsaved.none')}</Paragraph>
        {status}
      </div>
    );
  return (
    <div className="unsaved-copies">
      <Paragraph>{t('unsaved.count', { count: copies.length })}</Paragraph>
      <ul className="unsaved-copies__list">
        {copies.map((copy) => (
          <li key={copy.key}>
            <Paragraph>
              <strong>{t(`unsaved.kind.${copyKind(copy)}`, { defaultValue: t('unsaved.kind.other') })}</strong>{' '}
              {t('unsaved.at', { at: formatDateTime(copy.at) })}
            </Paragraph>
            <Paragraph className="unsaved-copies__preview">{copyPreview(copy.value) || t('unsaved.empty')}</Paragraph>
            <ButtonGroup>
              {replay && canReplay(copy) && (
                <Button appearance="secondary-action-button" onClick={() => void writeBack(copy)}>
                  {t('unsaved.replay')}
                </Button>
              )}
              <Button appearance="subtle-button" onClick={() => discardEmergencyCopy(copy.key)}>
                {t('unsaved.discard')}
              </Button>
            </ButtonGroup>
          </li>
        ))}
      </ul>
      <Button appearance="primary-action-button" onClick={() => void saveAll().then((saved) => saved && setMessage(t('unsaved.savedToFile')))}>
        {t('unsaved.saveAll')}
      </Button>
      {status}
    </div>
  );
}
