import { Button, ButtonGroup } from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';
import type { AdviceVariant } from '@shared/export/adviceExportModel';
import { documentFileName } from '@shared/export/documentFile';
import { useService } from '../services/services';
import { exportQueryKey } from './exportQuery';
import { flushAll } from '../persistence/flushRegistry';
import { useSettings } from '../settings/settingsContext';
import { ExportStatus } from './ExportStatus';
import './export.css';
import { publicationSettings } from './publicationSettings';
import { useDocumentExport, type MadeDocument } from './useDocumentExport';

/**
 * Public and internal Word versions of a case's advice. The builder loads on
 * first use, not with the app. `label` names the group where several show on
 * one page (the period report lists them per advice).
 */
export function AdviceExportButtons({ caseId, label }: { caseId: string; label?: string }) {
  const { t } = useTranslation();
  const exports = useService(exportQueryKey);
  const { settings } = useSettings();
  const { state, run } = useDocumentExport();

  const make = async (variant: AdviceVariant): Promise<MadeDocument> => {
    // Text typed a moment ago belongs in the document.
    await flushAll();
    const source = await exports.adviceSource(caseId, settings);
    if (!source) return { refusal: 'no_advice' };
    const [{ toInternalAdvice }, { toPublicAdvice }, { buildAdviceDocument }] = await Promise.all([
      import('@shared/export/adviceExportModel'),
      import('@shared/publication/publicModel'),
      import('@shared/export/adviceDocument'),
    ]);
    if (variant === 'internal') {
      return { name: documentFileName('advies', source.caseRecord.reference, 'intern'), bytes: await buildAdviceDocument(toInternalAdvice(source), settings.houseStyle) };
    }
    const result = toPublicAdvice(source, await publicationSettings('strict'));
    if (!result.ok) return { refusal: result.refusal };
    return { name: result.fileName, bytes: await buildAdviceDocument(result.advice, settings.houseStyle) };
  };

  return (
    <div role="group" className="export-buttons" aria-label={label ?? t('export.advice.title')}>
      {!label && <p className="export-buttons__title">{t('export.advice.title')}</p>}
      <ButtonGroup>
        {(['public', 'internal'] as const).map((variant) => (
          <Button key={variant} appearance="secondary-action-button" disabled={state.kind === 'busy'} onClick={() => void run(() => make(variant))}>
            {t(`export.advice.${variant}`)}
          </Button>
        ))}
      </ButtonGroup>
      <ExportStatus state={state} />
    </div>
  );
}
