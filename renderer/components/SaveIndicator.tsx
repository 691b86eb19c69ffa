import { useTranslation } from 'react-i18next';
import type { SaveStatus } from '../persistence/debouncedSaver';
import { useStorageProblem } from '../persistence/storageProblems';

/**
 * Announces save state politely; 'saved' appears only after the write committed.
 * A failed write says why, in the words of the storage problem last reported.
 */
export function SaveIndicator({ status, messages = 'save' }: { status: SaveStatus; messages?: 'save' | 'draft' }) {
  const { t } = useTranslation();
  const problem = useStorageProblem();
  const text = status === 'error' ? `${t(`${messages}.error`)}: ${t(`saveReason.${problem ?? 'unknown'}`)}` : t(`${messages}.${status}`);
  return (
    <p className={`save-indicator save-indicator--${status}`} role="status" data-save-status={status}>
      {text}
    </p>
  );
}
