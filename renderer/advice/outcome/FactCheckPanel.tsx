import { useTranslation } from 'react-i18next';
import { Paragraph, Textarea, Textbox } from '@utrecht/component-library-react';
import type { Advice } from '@shared/advice/adviceSchema';
import { checkFactCheckRequest } from '@shared/advice/versionRules';
import { useService } from '../../services/services';
import { adviceOutcomeRepositoryKey } from '../adviceOutcomeRepositoryKey';
import { Field } from '../../components/Field';
import { FormNotices } from '../../components/FormNotices';
import { formatDate } from '../../i18n/formatters';
import { useActorName } from '../../board/useActorName';
import { RefusalAlert } from '../RefusalAlert';
import { FormActions } from '../../components/FormActions';
import { OutcomeSection } from './OutcomeSection';
import { factCheckRequestFormSchema, factCheckResponseFormSchema } from './outcomeForms';
import { useOutcomeForm } from './useOutcomeForm';

interface Props {
  advice: Advice;
  today: string;
  onSaved(advice: Advice): void;
}

/** The optional check of the facts by the process owner, on the newest version, before that version is issued. */
export function FactCheckPanel({ advice, today, onSaved }: Props) {
  const { t } = useTranslation();
  const { factCheck } = advice;
  const open = checkFactCheckRequest(advice.latest).ok;
  return (
    <OutcomeSection name="factCheck" title={t('adviceOutcome.factCheck.title')} intro={t('adviceOutcome.factCheck.intro')}>
      <Paragraph>
        {factCheck
          ? t('adviceOutcome.factCheck.requested', { version: factCheck.versionNumber, date: formatDate(factCheck.requestedOn) })
          : t(open ? 'adviceOutcome.factCheck.none' : 'adviceOutcome.factCheck.notDone')}
      </Paragraph>
      {factCheck?.respondedOn && (
        <>
          <Paragraph>{t('adviceOutcome.factCheck.responded', { date: formatDate(factCheck.respondedOn) })}</Paragraph>
          {factCheck.response && <p className="preserve-lines">{factCheck.response}</p>}
        </>
      )}
      {open && <RequestForm advice={advice} today={today} onSaved={onSaved} />}
      {open && factCheck && (
        // A new request starts a new response, so the form starts over with it.
        <ResponseForm key={`${factCheck.versionNumber}:${factCheck.requestedOn}`} advice={advice} today={today} onSaved={onSaved} />
      )}
    </OutcomeSection>
  );
}

function RequestForm({ advice, today, onSaved }: Props) {
  const { t } = useTranslation();
  const adviceOutcome = useService(adviceOutcomeRepositoryKey);
  const actor = useActorName();
  const version = advice.latest.number;
  const { form, draft, reasons, saved, submit, cancel } = useOutcomeForm({
    schema: factCheckRequestFormSchema,
    stored: { requestedOn: today },
    draftKey: `advice-outcome:${advice.caseId}:factCheckRequest`,
    save: (values) => adviceOutcome.requestFactCheck(advice.caseId, version, values.requestedOn, actor),
    onSaved,
  });
  const { errors, isSubmitting, submitCount } = form.formState;
  if (!draft.ready) return null;
  return (
    <form onSubmit={submit} noValidate className="advice-outcome__form" aria-label={t('adviceOutcome.factCheck.requestForm')}>
      <FormNotices restored={draft.restored} errors={errors} submitted={submitCount > 0} />
      <Paragraph>{t('adviceOutcome.factCheck.aboutVersion', { version })}</Paragraph>
      <Field label={t('adviceOutcome.factCheck.requestedOn')} error={errors.requestedOn?.message} required>
        {(c) => <Textbox type="date" {...c} {...form.register('requestedOn')} />}
      </Field>
      <FormActions submitLabel={t('adviceOutcome.factCheck.request')} submitting={isSubmitting} draftStatus={draft.status} saved={saved} onCancel={cancel} />
      <RefusalAlert reasons={reasons} />
    </form>
  );
}

function ResponseForm({ advice, today, onSaved }: Props) {
  const { t } = useTranslation();
  const adviceOutcome = useService(adviceOutcomeRepositoryKey);
  const actor = useActorName();
  const { form, draft, reasons, saved, submit, cancel } = useOutcomeForm({
    schema: factCheckResponseFormSchema,
    stored: { respondedOn: advice.factCheck?.respondedOn ?? today, response: advice.factCheck?.response ?? '' },
    draftKey: `advice-outcome:${advice.caseId}:factCheckResponse`,
    save: (values) => adviceOutcome.recordFactCheckResponse(advice.caseId, values.respondedOn, values.response, actor),
    onSaved,
  });
  const { errors, isSubmitting, submitCount } = form.formState;
  if (!draft.ready) return null;
  return (
    <form onSubmit={submit} noValidate className="advice-outcome__form" aria-label={t('adviceOutcome.factCheck.responseForm')}>
      <FormNotices restored={draft.restored} errors={errors} submitted={submitCount > 0} />
      <Field label={t('adviceOutcome.factCheck.respondedOn')} error={errors.respondedOn?.message} required>
        {(c) => <Textbox type="date" {...c} {...form.register('respondedOn')} />}
      </Field>
      <Field label={t('adviceOutcome.factCheck.response')} error={errors.response?.message}>
        {(c) => <Textarea rows={4} {...c} {...form.register('response')} />}
      </Field>
      <FormActions submitLabel={t('adviceOutcome.factCheck.recordResponse')} submitting={isSubmitting} draftStatus={draft.status} saved={saved} onCancel={cancel} />
      <RefusalAlert reasons={reasons} />
    </form>
  );
}
