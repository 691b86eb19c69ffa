import { useTranslation } from 'react-i18next';
import { Textarea, Textbox } from '@utrecht/component-library-react';
import { conclusionDecisions, type Advice, type ConclusionInput } from '@shared/advice/adviceSchema';
import { Field } from '../../components/Field';
import { FormActions } from '../../components/FormActions';
import { FormNotices } from '../../components/FormNotices';
import type { Outcome } from '../adviceRepository';
import { RefusalAlert } from '../RefusalAlert';
import { conclusionFormSchema, conclusionToForm } from './outcomeForms';
import { RadioGroupField } from './RadioGroupField';
import { useOutcomeForm } from './useOutcomeForm';

interface Props {
  /** What the date rules measure the conclusion against, and the case its draft belongs to. */
  advice: Pick<Advice, 'caseId' | 'issuedOn' | 'conclusion' | 'followUp' | 'publication'>;
  today: string;
  save(conclusion: ConclusionInput): Promise<Outcome<Advice>>;
  onSaved(advice: Advice): void;
}

/**
 * The process owner's conclusion: whether the advice is adopted, why (not),
 * and when it came. Who records it and how (on this computer, on the board's
 * server, by the owner themselves) is `save`'s.
 */
export function ConclusionForm({ advice, today, save, onSaved }: Props) {
  const { t } = useTranslation();
  const { form, draft, reasons, saved, submit, cancel } = useOutcomeForm({
    schema: conclusionFormSchema({ advice, today }),
    stored: conclusionToForm(advice, today),
    draftKey: `advice-outcome:${advice.caseId}:conclusion`,
    save,
    onSaved,
  });
  const { errors, isSubmitting, submitCount } = form.formState;
  if (!draft.ready) return null;
  return (
    <form onSubmit={submit} noValidate className="advice-outcome__form" aria-label={t('adviceOutcome.conclusion.title')}>
      <FormNotices restored={draft.restored} errors={errors} submitted={submitCount > 0} />
      <RadioGroupField
        legend={t('adviceOutcome.conclusion.decisionLabel')}
        options={conclusionDecisions.map((value) => ({ value, label: t(`adviceOutcome.conclusion.decisionOption.${value}`) }))}
        field={form.register('decision')}
        error={errors.decision?.message}
        required
      />
      <Field
        label={t('adviceOutcome.conclusion.reasons')}
        hint={t('adviceOutcome.conclusion.reasonsHint')}
        error={errors.reasons?.message}
      >
        {(c) => <Textarea rows={5} {...c} {...form.register('reasons')} />}
      </Field>
      <Field label={t('adviceOutcome.conclusion.receivedOn')} error={errors.receivedOn?.message} required>
        {(c) => <Textbox type="date" max={today} {...c} {...form.register('receivedOn')} />}
      </Field>
      <FormActions submitLabel={t('adviceOutcome.conclusion.save')} submitting={isSubmitting} draftStatus={draft.status} saved={saved} onCancel={cancel} />
      <RefusalAlert reasons={reasons} />
    </form>
  );
}
