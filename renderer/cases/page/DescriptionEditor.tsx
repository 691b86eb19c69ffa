import { useEffect, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Paragraph } from '@utrecht/component-library-react';
import type { RichText } from '@shared/cases/caseSchema';
import { useServices } from '../../app/services';
import { RichTextEditor, type DocSnapshot } from '../../components/RichTextEditor';
import { SaveIndicator } from '../../components/SaveIndicator';
import { useAutosave } from '../../persistence/useAutosave';

/** The case description, saved while typing: debounced, flushed on blur, navigation and quit. */
export function DescriptionEditor({ caseId }: { caseId: string }) {
  const { t } = useTranslation();
  const { cases } = useServices();
  const labelId = useId();
  const [doc, setDoc] = useState<RichText | null>(null);
  const { saver, status } = useAutosave<DocSnapshot>((snapshot) => cases.saveDescription(caseId, snapshot()));
  useEffect(() => {
    let current = true;
    cases.getDescription(caseId).then((loaded) => current && setDoc(loaded));
    return () => {
      current = false;
    };
  }, [cases, caseId]);
  return (
    <section aria-labelledby={labelId} className="description">
      <div className="section-heading">
        <h2 id={labelId}>{t('case.description')}</h2>
        <SaveIndicator status={status} />
      </div>
      {doc === null ? (
        <Paragraph role="status">{t('common.loading')}</Paragraph>
      ) : (
        <RichTextEditor
          label={t('case.description')}
          labelId={labelId}
          value={doc}
          onChange={(next) => saver.schedule(next)}
          onBlur={() => void saver.flush()}
        />
      )}
    </section>
  );
}
