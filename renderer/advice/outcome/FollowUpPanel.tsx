import { useTranslation } from 'react-i18next';
import { Alert, Paragraph, Textarea, Textbox } from '@utrecht/component-library-react';
import { followUpDecisions, type Advice } from '@shared/advice/adviceSchema';
import { isReReviewDue } from '@shared/advice/deadlines';
import { useService } from '../../services/services';
import { adviceOutcomeRepositoryKey } from '../adviceOutcomeRepositoryKey';
import { Field } from '../../components/Field';
import { FormNotices } from '../../components/FormNotices';
import { formatDate } from '../../i18n/formatters';
import { useActorName } from '../../board/useActorName';
import { RefusalAlert } from '../RefusalAlert';
import { FormActions } from '../../components/FormActions';
import { OutcomeSection } from './OutcomeSection';
import { followUpFormSchema, followUpToForm } from './outcomeForms';
import { RadioGroupField } from './RadioGroupField';
import { useOutcomeForm } from './useOutcomeForm';

interface Props {
  advice: Advice;
  today: string;
  onSaved(advice: Advice): void;
}

/** The periodic discussion with the alderman, who decides on follow-up, and a re-review for technology that changes. */
export function FollowUpPanel({ advice, today, onSaved }: Props) {
  const { t } = useTranslation();
  const { reReviewOn } = advice.followUp;
  return (
    <OutcomeSection name="followUp" title={t('adviceOutcome.followUp.title')} intro={t('adviceOutcome.followUp.intro')}>
      {advice.issuedOn === null ? (
        <Paragraph>{t('adviceOutcome.afterIssue')}</Paragraph>
      ) : (
        <>
          {reReviewOn &&
            (isReReviewDue(advice, today) ? (
              <Alert type="warning">
                <Paragraph>{t('adviceOutcome.followUp.reReviewDue', { date: formatDate(reReviewOn) })}</Paragraph>
              </Alert>
            ) : (
              <Paragraph>{t('adviceOutcome.followUp.reReviewPlanned', { date: formatDate(reReviewOn) })}</Paragraph>
            ))}
          <FollowUpForm advice={advice} today={today} onSaved={onSaved} />
        </>
      )}
    </OutcomeSection>
  );
}

function FollowUpForm({ advice, today, onSaved }: Props) {
  const { t } = useTranslation();
  const adviceOutcome = useService(adviceOutcomeRepositoryKey);
  const actor = useActorName();
  const { form, draft, reasons, saved, submit, cancel } = useOutcomeForm({
    schema: followUpFormSchema({ advice, today }),
    stored: followUpToForm(advice),
    draftKey: `advice-outcome:${advice.caseId}:followUp`,
    save: (values) => adviceOutcome.saveFollowUp(advice.caseId, values, actor),
    onSaved,
  });
  const { errors, isSubmitting, submitCount } = form.formState;
  if (!draft.ready) return null;
  const options = ['' as const, ...followUpDecisions].map((value) => ({
    value,
    label: t(`adviceOutcome.followUp.decisionOption.${value || 'undecided'}`),
  }));
  return (
    <form onSubmit={submit} noValidate className="advice-outcome__form" aria-label={t('adviceOutcome.followUp.title')}>
      <FormNotices restored={draft.restored} errors={errors} submitted={submitCount > 0} />
      <Field label={t('adviceOutcome.followUp.discussedOn')} error={errors.discussedOn?.message}>
        {(c) => <Textbox type="date" {...c} {...form.register('discussedOn')} />}
      </Field>
      <RadioGroupField
        legend={t('adviceOutcome.followUp.decisionLabel')}
        options={options}
        field={form.register('decision')}
        error={errors.decision?.message}
      />
      <Field
        label={t('adviceOutcome.followUp.reReviewOn')}
        hint={t('adviceOutcome.followUp.reReviewHint')}
        error={errors.reReviewOn?.message}
      >
        {(c) => <Textbox type="date" {...c} {...form.register('reReviewOn')} />}
      </Field>
      <Field label={t('adviceOutcome.followUp.note')} error={errors.note?.message}>
        {(c) => <Textarea rows={3} {...c} {...form.register('note')} />}
      </Field>
      <FormActions submitLabel={t('adviceOutcome.followUp.save')} submitting={isSubmitting} draftStatus={draft.status} saved={saved} onCancel={cancel} />
      <RefusalAlert reasons={reasons} />
    </form>
  );
}
