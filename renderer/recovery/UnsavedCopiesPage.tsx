import { useTranslation } from 'react-i18next';
import { Alert, Heading1, Paragraph } from '@utrecht/component-library-react';
import { useService } from '../services/services';
import { caseRepositoryKey } from '../cases/caseRepository';
import { draftRepositoryKey } from '../db/draftRepository';
import { noteRepositoryKey } from '../meetings/noteRepository';
import { bridgeKey } from '../platform/bridge';
import { listEmergencyCopies } from '../persistence/emergencyCopies';
import { replayCopy } from './replayCopy';
import { UnsavedCopiesPanel } from './UnsavedCopiesPanel';

/** Text an earlier session could not save, offered back: put back where it belongs, saved as a file, or discarded. */
export function UnsavedCopiesPage() {
  const { t } = useTranslation();
  const cases = useService(caseRepositoryKey);
  const notes = useService(noteRepositoryKey);
  const drafts = useService(draftRepositoryKey);
  const bridge = useService(bridgeKey);
  const saveAll = async () => {
    const at = new Date();
    const bytes = new TextEncoder().encode(JSON.stringify({ savedAt: at.toISOString(), copies: listEmergencyCopies() }, null, 2));
    const result = await bridge.saveFile({ suggestedName: `beraad-niet-opgeslagen-${at.toISOString().slice(0, 10)}.json`, bytes });
    return result.ok && result.value.saved;
  };
  return (
    <>
      <Heading1>{t('unsaved.pageTitle')}</Heading1>
      <Alert type="warning">
        <Paragraph>{t('unsaved.replaceWarning')}</Paragraph>
      </Alert>
      <UnsavedCopiesPanel replay={(copy) => replayCopy({ cases, notes, drafts }, copy)} saveAll={saveAll} />
    </>
  );
}
