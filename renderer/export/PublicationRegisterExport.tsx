import { Button, Paragraph } from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';
import { useService } from '../services/services';
import { localToday } from '../db/clock';
import { useSettings } from '../settings/settingsContext';
import { exportQueryKey } from './exportQueryKey';
import { ExportStatus } from './ExportStatus';
import { publicationSettings } from './publicationSettings';
import { useDocumentExport, type MadeDocument } from './useDocumentExport';

/**
 * The publication register for the Woo coordinator: every published advice
 * and the fingerprint of each public file made of it, as a spreadsheet. It is
 * public, so it is made from the public model, through the filter.
 */
export function PublicationRegisterExport() {
  const { t } = useTranslation();
  const exports = useService(exportQueryKey);
  const { settings } = useSettings();
  const { state, run } = useDocumentExport();

  const make = async (): Promise<MadeDocument> => {
    const advices = await exports.publishedAdvices(settings);
    if (advices.length === 0) return { refusal: 'no_publications' };
    const [{ toPublicRegister }, { buildPublicationRegisterCsv }] = await Promise.all([
      import('@shared/publication/publicModel'),
      import('@shared/export/csv/publicationRegisterCsv'),
    ]);
    const { register, fileName } = toPublicRegister(advices, await publicationSettings(settings, 'strict'), localToday());
    return { name: fileName, bytes: buildPublicationRegisterCsv(register) };
  };

  return (
    <section className="export-buttons" aria-label={t('export.publicationRegister.label')}>
      <p className="export-buttons__title">{t('export.publicationRegister.label')}</p>
      <Paragraph>{t('export.publicationRegister.intro')}</Paragraph>
      <Button appearance="secondary-action-button" disabled={state.kind === 'busy'} onClick={() => void run(make)}>
        {t('export.publicationRegister.make')}
      </Button>
      <ExportStatus state={state} />
    </section>
  );
}
