import { useState } from 'react';
import { Button, ButtonGroup } from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';
import { documentFileName, inFormat } from '@shared/export/documentFile';
import type { AdviceSource } from '@shared/export/adviceExportModel';
import type { DecisionRecord } from '@shared/publication/publicationRecord';
import type { PublicAdvice } from '@shared/publication/publicModel';
import type { ReviewItem } from '@shared/publication/reviewItems';
import { useService } from '../services/services';
import { exportQueryKey } from './exportQuery';
import { flushAll } from '../persistence/flushRegistry';
import { reportStorageError } from '../persistence/storageProblems';
import { useSettings } from '../settings/settingsContext';
import { ExportStatus } from './ExportStatus';
import './export.css';
import { PublicationReview } from './PublicationReview';
import { publicationRecordRepositoryKey } from './publicationRecordRepository';
import { publicationSettings } from './publicationSettings';
import { useDocumentExport, type MadeDocument } from './useDocumentExport';

/** The public version goes out as Word or as PDF/A, both through the same review. */
type PublicFormat = 'docx' | 'pdf';

interface Review {
  format: PublicFormat;
  source: AdviceSource;
  items: ReviewItem[];
  changedFields: string[];
  decided: DecisionRecord[];
}

/**
 * Public and internal Word versions of a case's advice, and the public one as
 * PDF/A. The public one goes through the review before publication first; its decisions are kept with
 * the version and the file's fingerprint is recorded once it is saved. The
 * builders load on first use, not with the app. `label` names the group where
 * several show on one page (the period report lists them per advice).
 */
export function AdviceExportButtons({ caseId, label }: { caseId: string; label?: string }) {
  const { t } = useTranslation();
  const exports = useService(exportQueryKey);
  const records = useService(publicationRecordRepositoryKey);
  const { settings } = useSettings();
  const { state, run } = useDocumentExport();
  const [review, setReview] = useState<Review | null>(null);

  const makeInternal = async (): Promise<MadeDocument> => {
    // Text typed a moment ago belongs in the document.
    await flushAll();
    const source = await exports.adviceSource(caseId, settings);
    if (!source) return { refusal: 'no_advice' };
    const [{ toInternalAdvice }, { buildAdviceDocument }] = await Promise.all([import('@shared/export/adviceExportModel'), import('@shared/export/adviceDocument')]);
    return { name: documentFileName('advies', source.caseRecord.reference, 'intern'), bytes: await buildAdviceDocument(toInternalAdvice(source), settings.houseStyle) };
  };

  const buildPublic = async (advice: PublicAdvice, format: PublicFormat): Promise<Uint8Array<ArrayBuffer>> => {
    if (format === 'docx') return (await import('@shared/export/adviceDocument')).buildAdviceDocument(advice, settings.houseStyle);
    const [{ buildAdvicePdf }, { pdfFonts }] = await Promise.all([import('@shared/export/pdf/advicePdf'), import('./pdfFonts')]);
    return buildAdvicePdf(advice, settings.houseStyle, await pdfFonts());
  };

  const makePublic = async (source: AdviceSource, decisions: readonly DecisionRecord[], format: PublicFormat): Promise<MadeDocument> => {
    const [{ toPublicAdvice }, { sha256Hex }] = await Promise.all([import('@shared/publication/publicModel'), import('@shared/backup/sha256')]);
    const result = toPublicAdvice(source, await publicationSettings('review', decisions));
    if (!result.ok) return { refusal: result.refusal };
    const bytes = await buildPublic(result.advice, format);
    const name = inFormat(result.fileName, format);
    const versionId = source.version.id;
    return {
      name,
      bytes,
      afterSave: async () => records.recordExport(versionId, caseId, name, await sha256Hex(bytes), settings.userName),
    };
  };

  const startPublic = (format: PublicFormat) =>
    run(async () => {
      await flushAll();
      const source = await exports.adviceSource(caseId, settings);
      if (!source) return { refusal: 'no_advice' };
      const decided = (await records.get(source.version.id))?.decisions ?? [];
      const [{ toPublicAdvice }, { toReviewItems }] = await Promise.all([import('@shared/publication/publicModel'), import('@shared/publication/reviewItems')]);
      const result = toPublicAdvice(source, await publicationSettings('review', decided));
      if (!result.ok) return { refusal: result.refusal };
      const { items, changedFields } = toReviewItems(result.findings);
      if (items.length === 0) return makePublic(source, decided, format);
      setReview({ format, source, items, changedFields, decided });
      return { held: true };
    });

  const exportReviewed = (current: Review, decisions: DecisionRecord[]) =>
    run(async () => {
      await records.saveDecisions(current.source.version.id, caseId, decisions, settings.userName).catch((error: unknown) => {
        reportStorageError(error);
        throw error;
      });
      setReview(null);
      return makePublic(current.source, decisions, current.format);
    });

  return (
    <div role="group" className="export-buttons" aria-label={label ?? t('export.advice.title')}>
      {!label && <p className="export-buttons__title">{t('export.advice.title')}</p>}
      <ButtonGroup>
        <Button appearance="secondary-action-button" disabled={state.kind === 'busy' || review !== null} onClick={() => void startPublic('docx')}>
          {t('export.advice.public')}
        </Button>
        <Button appearance="secondary-action-button" disabled={state.kind === 'busy' || review !== null} onClick={() => void startPublic('pdf')}>
          {t('export.advice.publicPdf')}
        </Button>
        <Button appearance="secondary-action-button" disabled={state.kind === 'busy'} onClick={() => void run(makeInternal)}>
          {t('export.advice.internal')}
        </Button>
      </ButtonGroup>
      {review && (
        <PublicationReview
          items={review.items}
          changedFields={review.changedFields}
          decided={review.decided}
          busy={state.kind === 'busy'}
          onExport={(decisions) => void exportReviewed(review, decisions)}
          onCancel={() => setReview(null)}
        />
      )}
      <ExportStatus state={state} />
    </div>
  );
}
