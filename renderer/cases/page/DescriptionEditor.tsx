import { useCallback, useId } from 'react';
import { useTranslation } from 'react-i18next';
import { Paragraph } from '@utrecht/component-library-react';
import { useService } from '../../services/services';
import { caseRepositoryKey } from '../caseRepository';
import { DeferredRichTextEditor } from '../../components/DeferredRichTextEditor';
import type { DocSnapshot } from '../../components/RichTextEditor';
import { SaveIndicator } from '../../components/SaveIndicator';
import { UnreadableNotice } from '../../persistence/UnreadableNotice';
import { emergencyKey } from '../../persistence/emergencyCopies';
import { useAutosave } from '../../persistence/useAutosave';
import { useSharedText } from '../../board/useSharedText';
import { useLoaded } from '../../persistence/useLoaded';

/** The case description, saved while typing: debounced, flushed on blur, navigation and quit. */
export function DescriptionEditor({ caseId }: { caseId: string }) {
  const { t } = useTranslation();
  const cases = useService(caseRepositoryKey);
  const labelId = useId();
  const { saver, status } = useAutosave<DocSnapshot>((snapshot) => cases.saveDescription(caseId, snapshot()), {
    key: emergencyKey('description', caseId),
    label: caseId,
    toJson: (snapshot) => snapshot(),
  });
  const { value: doc, failed, reload } = useLoaded(useCallback(() => cases.getDescription(caseId), [cases, caseId]));
  // Everyone who has the case open types in one description (board mode).
  const shared = useSharedText(caseId, { table: 'caseDescriptions', key: caseId, path: 'doc' }, 'description', doc);
  return (
    <section aria-labelledby={labelId} className="description">
      <div className="section-heading">
        <h2 id={labelId}>{t('case.description')}</h2>
        <SaveIndicator status={status} />
      </div>
      {doc !== null && shared.kind !== 'loading' ? (
        <DeferredRichTextEditor
          collaboration={shared.kind === 'shared' ? shared.extensions : undefined}
          label={t('case.description')}
          labelId={labelId}
          value={doc}
          onChange={(next) => saver.schedule(next)}
          onBlur={() => void saver.flush()}
        />
      ) : failed ? (
        // No editor on an empty document: its first autosave would overwrite the description that is there.
        <UnreadableNotice message={t('case.descriptionUnreadable')} onRetry={() => void reload()} />
      ) : (
        <Paragraph role="status">{t('common.loading')}</Paragraph>
      )}
    </section>
  );
}
