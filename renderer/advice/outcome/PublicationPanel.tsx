import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Alert, Button, Paragraph, Textarea, Textbox } from '@utrecht/component-library-react';
import type { Advice } from '@shared/advice/adviceSchema';
import type { PublicExport } from '@shared/publication/publicationRecord';
import type { PublicAdviceResult } from '@shared/publication/publicModel';
import { useService } from '../../services/services';
import { exportQueryKey } from '../../export/exportQueryKey';
import { publicationRecordRepositoryKey } from '../../export/publicationRecordRepositoryKey';
import { publicationSettings } from '../../export/publicationSettings';
import { reportStorageError } from '../../persistence/storageProblems';
import { Field } from '../../components/Field';
import { FormNotices } from '../../components/FormNotices';
import { formatDate } from '../../i18n/formatters';
import { CheckboxField } from '../../people/CheckboxField';
import { useSettings } from '../../settings/settingsContext';
import { RefusalAlert } from '../RefusalAlert';
import { FormActions } from '../../components/FormActions';
import { OutcomeSection } from './OutcomeSection';
import { publicationFormSchema, publicationToForm } from './outcomeForms';
import { PublicVersionPreview } from './PublicVersionPreview';
import type { OutcomeData } from './useOutcomeData';
import { useOutcomeDecisions } from './useOutcomeDecisions';
import { useOutcomeForm } from './useOutcomeForm';

interface Props {
  data: OutcomeData;
  today: string;
  onSaved(advice: Advice): void;
}

/** Publication with the classification checked, a public summary, the public version as preview, date and address. */
export function PublicationPanel({ data, today, onSaved }: Props) {
  const { t } = useTranslation();
  const { advice, kase } = data;
  const { publishedOn, url } = advice.publication;
  return (
    <OutcomeSection name="publication" title={t('adviceOutcome.publication.title')} intro={t('adviceOutcome.publication.intro')}>
      {advice.issuedOn === null ? (
        <Paragraph>{t('adviceOutcome.afterIssue')}</Paragraph>
      ) : (
        <>
          {publishedOn && (
            <Paragraph>
              {t('adviceOutcome.publication.published', { date: formatDate(publishedOn) })}{' '}
              {url && <span className="advice-outcome__url">{url}</span>}
            </Paragraph>
          )}
          <Paragraph>
            {t('adviceOutcome.publication.classification', { classification: t(`classification.${kase.classification}`) })}
          </Paragraph>
          {kase.classification === 'vertrouwelijk' && (
            <Alert type="warning">
              <Paragraph>{t('advice.refusal.confidential_case')}</Paragraph>
            </Alert>
          )}
          <PublishedFiles caseId={advice.caseId} />
          <PublicationPreview data={data} />
          <PublicationForm advice={advice} today={today} onSaved={onSaved} />
        </>
      )}
    </OutcomeSection>
  );
}

/** Every public file exported of this advice, with its fingerprint, so the published file can later be proven unchanged. */
function PublishedFiles({ caseId }: { caseId: string }) {
  const { t } = useTranslation();
  const records = useService(publicationRecordRepositoryKey);
  const [files, setFiles] = useState<PublicExport[]>([]);
  useEffect(() => {
    let current = true;
    records
      .forCase(caseId)
      .then((found) => current && setFiles(found.flatMap((r) => r.exports).sort((a, b) => a.at.localeCompare(b.at))))
      .catch(reportStorageError);
    return () => {
      current = false;
    };
  }, [records, caseId]);
  if (files.length === 0) return null;
  return (
    <ul className="advice-outcome__fingerprints">
      {files.map((file) => (
        <li key={`${file.at}${file.sha256}`}>
          {t('adviceOutcome.publication.fingerprint', { name: file.fileName, date: formatDate(file.at.slice(0, 10)), sha256: file.sha256 })}
        </li>
      ))}
    </ul>
  );
}

/*
 * The preview is as long as the advice, so it is built and drawn only when
 * asked for: opening the advice page stays as fast as the advice itself.
 */
function PublicationPreview({ data }: { data: OutcomeData }) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  if (!data.issued) return null;
  return (
    <>
      <Button appearance="secondary-action-button" aria-expanded={open} onClick={() => setOpen(!open)}>
        {t(open ? 'adviceOutcome.publication.hidePreview' : 'adviceOutcome.publication.showPreview')}
      </Button>
      {open && <PublicPreviewContent data={data} />}
    </>
  );
}

/*
 * Built exactly as the public export builds its document: the same source,
 * the same publication filter with the review's decisions so far, the same
 * public model. What the preview shows is what the file will say.
 */
function PublicPreviewContent({ data }: { data: OutcomeData }) {
  const { t } = useTranslation();
  const { settings } = useSettings();
  const exports = useService(exportQueryKey);
  const records = useService(publicationRecordRepositoryKey);
  const [result, setResult] = useState<PublicAdviceResult | null>(null);
  const { caseId } = data.advice;
  // The advice and the issued version are dependencies so a conclusion or publication just saved shows at once.
  useEffect(() => {
    let current = true;
    const build = async () => {
      const source = await exports.adviceSource(caseId, settings);
      if (!source) return null;
      const decided = (await records.get(source.version.id))?.decisions ?? [];
      const { toPublicAdvice } = await import('@shared/publication/publicModel');
      return toPublicAdvice(source, await publicationSettings(settings, 'review', decided));
    };
    build().then((built) => current && setResult(built), reportStorageError);
    return () => {
      current = false;
    };
  }, [exports, records, caseId, settings, data.advice, data.issued]);
  if (!result) return <Paragraph aria-live="polite">{t('adviceOutcome.publication.previewLoading')}</Paragraph>;
  if (!result.ok) return <Paragraph>{t(`export.refusal.${result.refusal}`)}</Paragraph>;
  return <PublicVersionPreview advice={result.advice} byRole={settings.publicNaming === 'role'} />;
}

function PublicationForm({ advice, today, onSaved }: Omit<Props, 'data'> & { advice: Advice }) {
  const { t } = useTranslation();
  const outcomes = useOutcomeDecisions(advice.caseId);
  const { form, draft, reasons, saved, submit, cancel } = useOutcomeForm({
    schema: publicationFormSchema({ advice, today }),
    stored: publicationToForm(advice),
    draftKey: `advice-outcome:${advice.caseId}:publication`,
    save: (values) => outcomes.savePublication(values),
    onSaved,
  });
  const { errors, isSubmitting, submitCount } = form.formState;
  if (!draft.ready) return null;
  return (
    <form onSubmit={submit} noValidate className="advice-outcome__form" aria-label={t('adviceOutcome.publication.title')}>
      <FormNotices restored={draft.restored} errors={errors} submitted={submitCount > 0} />
      <CheckboxField
        label={t('adviceOutcome.publication.classificationChecked')}
        hint={t('adviceOutcome.publication.classificationCheckedHint')}
        {...form.register('classificationChecked')}
      />
      <Field
        label={t('adviceOutcome.publication.publicSummary')}
        hint={t('adviceOutcome.publication.publicSummaryHint')}
        error={errors.publicSummary?.message}
      >
        {(c) => <Textarea rows={4} {...c} {...form.register('publicSummary')} />}
      </Field>
      <Field
        label={t('adviceOutcome.publication.publishedOn')}
        hint={t('adviceOutcome.publication.publishedOnHint')}
        error={errors.publishedOn?.message}
      >
        {(c) => <Textbox type="date" min={advice.conclusion?.receivedOn} {...c} {...form.register('publishedOn')} />}
      </Field>
      <Field label={t('adviceOutcome.publication.url')} hint={t('adviceOutcome.publication.urlHint')} error={errors.url?.message}>
        {(c) => <Textbox type="url" inputMode="url" {...c} {...form.register('url')} />}
      </Field>
      <FormActions submitLabel={t('adviceOutcome.publication.save')} submitting={isSubmitting} draftStatus={draft.status} saved={saved} onCancel={cancel} />
      <RefusalAlert reasons={reasons} />
    </form>
  );
}
