import { useTranslation } from 'react-i18next';
import { Alert, Paragraph, Textarea, Textbox } from '@utrecht/component-library-react';
import { conclusionDecisions, type Advice } from '@shared/advice/adviceSchema';
import { conclusionDueOn, isConclusionOverdue } from '@shared/advice/deadlines';
import { Field } from '../../components/Field';
import { FormNotices } from '../../components/FormNotices';
import { formatDate } from '../../i18n/formatters';
import { useSettings } from '../../settings/settingsContext';
import { RefusalAlert } from '../RefusalAlert';
import { FormActions } from '../../components/FormActions';
import { OutcomeSection } from './OutcomeSection';
import { conclusionFormSchema, conclusionToForm } from './outcomeForms';
import { RadioGroupField } from './RadioGroupField';
import { useOutcomeDecisions } from './useOutcomeDecisions';
import { useOutcomeForm } from './useOutcomeForm';

interface Props {
  advice: Advice;
  today: string;
  onSaved(advice: Advice): void;
}

/** What the process owner does with the advice, expected within the configured term after issue. */
export function ConclusionPanel({ advice, today, onSaved }: Props) {
  const { t } = useTranslation();
  const { settings } = useSettings();
  const weeks = settings.conclusionTermWeeks;
  const due = advice.issuedOn === null ? '' : formatDate(conclusionDueOn(advice.issuedOn, weeks));
  return (
    <OutcomeSection name="conclusion" title={t('adviceOutcome.conclusion.title')} intro={t('adviceOutcome.conclusion.intro')}>
      {advice.issuedOn === null ? (
        <Paragraph>{t('adviceOutcome.afterIssue')}</Paragraph>
      ) : (
        <>
          <Paragraph>
            {t('adviceOutcome.conclusion.due', {
              issued: formatDate(advice.issuedOn),
              due,
              count: weeks,
            })}
          </Paragraph>
          {isConclusionOverdue(advice, today, weeks) && (
            <Alert type="warning">
              <Paragraph>
                {t('adviceOutcome.conclusion.overdue', { due })}
              </Paragraph>
            </Alert>
          )}
          {advice.conclusion && (
            <Paragraph>
              {t('adviceOutcome.conclusion.recorded', {
                decision: t(`adviceOutcome.conclusion.decision.${advice.conclusion.decision}`),
                date: formatDate(advice.conclusion.receivedOn),
              })}
            </Paragraph>
          )}
          <ConclusionForm advice={advice} today={today} onSaved={onSaved} />
        </>
      )}
    </OutcomeSection>
  );
}

function ConclusionForm({ advice, today, onSaved }: Props) {
  const { t } = useTranslation();
  const outcomes = useOutcomeDecisions(advice.caseId);
  const { form, draft, reasons, saved, submit, cancel } = useOutcomeForm({
    schema: conclusionFormSchema({ advice, today }),
    stored: conclusionToForm(advice, today),
    draftKey: `advice-outcome:${advice.caseId}:conclusion`,
    save: (values) => outcomes.recordConclusion(values),
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
