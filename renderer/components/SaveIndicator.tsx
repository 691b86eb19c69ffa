import { useTranslation } from 'react-i18next';
import type { SaveStatus } from '../persistence/debouncedSaver';

/** Announces save state politely; 'saved' appears only after the write committed. */
export function SaveIndicator({ status, messages = 'save' }: { status: SaveStatus; messages?: 'save' | 'draft' }) {
  const { t } = useTranslation();
  return (
    <p className={`save-indicator save-indicator--${status}`} role="status" data-save-status={status}>
      {t(`${messages}.${status}`)}
    </p>
  );
}
