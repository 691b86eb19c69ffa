import { Button, ButtonGroup } from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';
import { documentFileName } from '@shared/export/documentFile';
import type { MeetingDocumentKind } from '@shared/export/meetingDocuments';
import { useService } from '../services/services';
import { exportQueryKey } from './exportQueryKey';
import { useSettings } from '../settings/settingsContext';
import { ExportStatus } from './ExportStatus';
import './export.css';
import { useDocumentExport, type MadeDocument } from './useDocumentExport';

/** The agenda and the minutes of a meeting as Word documents. */
export function MeetingExportButtons({ meetingId }: { meetingId: string }) {
  const { t } = useTranslation();
  const exports = useService(exportQueryKey);
  const { settings } = useSettings();
  const { state, run } = useDocumentExport();

  const make = async (kind: MeetingDocumentKind): Promise<MadeDocument> => {
    const model = await exports.meetingModel(meetingId, settings);
    if (!model) return { refusal: 'not_found' };
    const { buildMeetingDocument } = await import('@shared/export/meetingDocuments');
    return {
      name: documentFileName(kind === 'agenda' ? 'agenda' : 'verslag', model.startsAt.slice(0, 10), model.title),
      bytes: await buildMeetingDocument(model, kind, settings.houseStyle),
    };
  };

  return (
    <div role="group" className="export-buttons" aria-label={t('export.meeting.group')}>
      <ButtonGroup>
        {(['agenda', 'minutes'] as const).map((kind) => (
          <Button key={kind} appearance="secondary-action-button" disabled={state.kind === 'busy'} onClick={() => void run(() => make(kind))}>
            {t(`export.meeting.${kind}`)}
          </Button>
        ))}
      </ButtonGroup>
      <ExportStatus state={state} />
    </div>
  );
}
