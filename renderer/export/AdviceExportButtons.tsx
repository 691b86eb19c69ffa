import { useEffect, useState } from 'react';
import { Button, ButtonGroup } from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';
import { documentFileName, inFormat } from '@shared/export/documentFile';
import type { AdviceSource } from '@shared/export/adviceExportModel';
import type { PublicAdvice } from '@shared/publication/publicModel';
import type { DecisionRecord } from '@shared/publication/publicationRecord';
import type { ReviewItem } from '@shared/publication/reviewItems';
import { useService } from '../services/services';
import { exportQueryKey } from './exportQueryKey';
import { flushAll } from '../persistence/flushRegistry';
import { reportStorageError } from '../persistence/storageProblems';
import { useSettings } from '../settings/settingsContext';
import { ExportStatus } from './ExportStatus';
import './export.css';
import type { RegisterAddition } from './AddToRegisterForm';
import { PublicationReview } from './PublicationReview';
import { publicationRecordRepositoryKey } from './publicationRecordRepositoryKey';
import { dutchWords, publicationSettings } from './publicationSettings';
import { useDocumentExport, type MadeDocument } from './useDocumentExport';

/** What the reviewed public version becomes: Word, PDF/A, or the whole publication package. */
type PublicTarget = 'docx' | 'pdf' | 'package';

interface Review {
  target: PublicTarget;
  source: AdviceSource;
  items: ReviewItem[];
  changedFields: string[];
  decided: DecisionRecord[];
}

/**
 * Public and internal Word versions of a case's advice, the public one as
 * PDF/A, and the publication package (PDF/A, Word, ODT, DiWoo metadata,
 * readme). Public ones go through the review before publication first; its decisions are kept with
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

  // The filter's code and the word list load once the page is idle, so the review opens without waiting for them. An export asks again if a load fails.
  useEffect(() => {
    const handle = requestIdleCallback(
      () => void Promise.all([dutchWords(), import('@shared/publication/publicModel'), import('@shared/publication/reviewItems')]).catch(() => undefined),
      { timeout: 2000 },
    );
    return () => cancelIdleCallback(handle);
  }, []);

  const makeInternal = async (): Promise<MadeDocument> => {
    // Text typed a moment ago belongs in the document.
    await flushAll();
    const source = await exports.adviceSource(caseId, settings);
    if (!source) return { refusal: 'no_advice' };
    const [{ toInternalAdvice }, { buildAdviceDocument }] = await Promise.all([import('@shared/export/adviceExportModel'), import('@shared/export/adviceDocument')]);
    return { name: documentFileName('advies', source.caseRecord.reference, 'intern'), bytes: await buildAdviceDocument(toInternalAdvice(source), settings.houseStyle) };
  };

  /** The municipality publishes: without a code the Woo-index knows, no package is made at all. */
  const checkMunicipality = async () => {
    const { checkPublisher } = await import('@shared/export/diwoo/publisher');
    return checkPublisher(settings.municipality);
  };

  /** Names the municipality as publisher when Settings know it; a PDF alone may be made without. */
  const buildPdf = async (advice: PublicAdvice): Promise<Uint8Array<ArrayBuffer>> => {
    const [{ buildAdvicePdf }, { pdfFonts }, publisher] = await Promise.all([import('@shared/export/pdf/advicePdf'), import('./pdfFonts'), checkMunicipality()]);
    return buildAdvicePdf(advice, settings.houseStyle, await pdfFonts(), new Date(), publisher.ok ? publisher.value : null);
  };

  const makePackage = async (advice: PublicAdvice) => {
    const publisher = await checkMunicipality();
    if (!publisher.ok) return { refusal: publisher.refusals[0]! };
    const { buildPublicationPackage, packageFileName, publicAdviceFiles } = await import('@shared/export/publicationPackage');
    const files = await publicAdviceFiles(advice, settings.houseStyle, publisher.value, new Date(), await buildPdf(advice));
    return { name: packageFileName(advice), bytes: buildPublicationPackage(advice, publisher.value, files) };
  };

  const makeFile = async (advice: PublicAdvice, fileName: string, target: PublicTarget) => {
    if (target === 'package') return makePackage(advice);
    if (target === 'pdf') return { name: inFormat(fileName, 'pdf'), bytes: await buildPdf(advice) };
    const { buildAdviceDocument } = await import('@shared/export/adviceDocument');
    return { name: fileName, bytes: await buildAdviceDocument(advice, settings.houseStyle) };
  };

  const makePublic = async (source: AdviceSource, decisions: readonly DecisionRecord[], target: PublicTarget): Promise<MadeDocument> => {
    const [{ toPublicAdvice }, { sha256Hex }] = await Promise.all([import('@shared/publication/publicModel'), import('@shared/backup/sha256')]);
    const result = toPublicAdvice(source, await publicationSettings(settings, 'review', decisions));
    if (!result.ok) return { refusal: result.refusal };
    const made = await makeFile(result.advice, result.fileName, target);
    if ('refusal' in made) return made;
    const versionId = source.version.id;
    return {
      ...made,
      afterSave: async () => records.recordExport(versionId, caseId, made.name, await sha256Hex(made.bytes), settings.userName),
    };
  };

  const startPublic = (target: PublicTarget) =>
    run(async () => {
      if (target === 'package') {
        // Refused before the review: deciding on every name first and then hearing "no" wastes the work.
        const publisher = await checkMunicipality();
        if (!publisher.ok) return { refusal: publisher.refusals[0]! };
      }
      await flushAll();
      // The filter's code and the word list, when the page has not loaded them yet, load while the advice is read.
      const [source, { toPublicAdvice }, { toReviewItems }] = await Promise.all([
        exports.adviceSource(caseId, settings),
        import('@shared/publication/publicModel'),
        import('@shared/publication/reviewItems'),
        dutchWords(),
      ]);
      if (!source) return { refusal: 'no_advice' };
      const decided = (await records.get(source.version.id))?.decisions ?? [];
      const result = toPublicAdvice(source, await publicationSettings(settings, 'review', decided));
      if (!result.ok) return { refusal: result.refusal };
      const { items, changedFields } = toReviewItems(result.findings);
      if (items.length === 0) return makePublic(source, decided, target);
      setReview({ target, source, items, changedFields, decided });
      return { held: true };
    });

  /* The person joins the register, and the review shows the advice as the filter now finds it, with that person in the register. */
  const addToRegister = async (current: Review, item: ReviewItem, person: RegisterAddition): Promise<DecisionRecord[] | null> => {
    try {
      const input = { name: person.name, roles: [person.role], discipline: '', organisation: '', isAdministrator: false, active: true };
      await records.addToRegister(current.source.version.id, caseId, item.key, input, settings.userName);
      const source = await exports.adviceSource(caseId, settings);
      if (!source) return null;
      const [{ toPublicAdvice }, { toReviewItems }, { decisionsAfterAdding }, { roleLabels }] = await Promise.all([
        import('@shared/publication/publicModel'),
        import('@shared/publication/reviewItems'),
        import('@shared/publication/registerAddition'),
        import('@shared/export/documentTexts'),
      ]);
      const context = await publicationSettings(settings, 'review', current.decided);
      const result = toPublicAdvice(source, context);
      if (!result.ok) return null;
      const { items, changedFields } = toReviewItems(result.findings);
      setReview({ ...current, source, items, changedFields });
      return decisionsAfterAdding(item, { name: person.name, role: roleLabels[person.role] }, items, context.words);
    } catch (error) {
      reportStorageError(error);
      return null;
    }
  };

  const exportReviewed = (current: Review, decisions: DecisionRecord[]) =>
    run(async () => {
      await records.saveDecisions(current.source.version.id, caseId, decisions, settings.userName).catch((error: unknown) => {
        reportStorageError(error);
        throw error;
      });
      setReview(null);
      return makePublic(current.source, decisions, current.target);
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
        <Button appearance="secondary-action-button" disabled={state.kind === 'busy' || review !== null} onClick={() => void startPublic('package')}>
          {t('export.advice.package')}
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
          exportLabel={t(`export.review.export.${review.target}`)}
          onExport={(decisions) => void exportReviewed(review, decisions)}
          onAddToRegister={(item, person) => addToRegister(review, item, person)}
          onCancel={() => setReview(null)}
        />
      )}
      <ExportStatus state={state} />
    </div>
  );
}
