import { useTranslation } from 'react-i18next';
import { Alert, Heading1, Paragraph } from '@utrecht/component-library-react';
import { useService } from '../services/services';
import { caseRepositoryKey } from '../cases/caseRepository';
import { draftRepositoryKey } from '../db/draftRepositoryKey';
import { noteRepositoryKey } from '../meetings/noteRepositoryKey';
import { bridgeKey } from '../platform/bridge';
import { replayCopy } from './replayCopy';
import { saveEmergencyCopies } from './saveCopies';
import { UnsavedCopiesPanel } from './UnsavedCopiesPanel';

/** Text an earlier session could not save, offered back: put back where it belongs, saved as a file, or discarded. */
export function UnsavedCopiesPage() {
  const { t } = useTranslation();
  const cases = useService(caseRepositoryKey);
  const notes = useService(noteRepositoryKey);
  const drafts = useService(draftRepositoryKey);
  const bridge = useService(bridgeKey);
  return (
    <>
      <Heading1>{t('unsaved.pageTitle')}</Heading1>
      <Alert type="warning">
        <Paragraph>{t('unsaved.replaceWarning')}</Paragraph>
      </Alert>
      <UnsavedCopiesPanel replay={(copy) => replayCopy({ cases, notes, drafts }, copy)} saveAll={() => saveEmergencyCopies(bridge)} />
    </>
  );
}
