import { useId } from 'react';
import { Controller, useForm } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import { useTranslation } from 'react-i18next';
import { Fieldset,
  FieldsetLegend,
  FormField,
  FormLabel,
  Paragraph,
  RadioButton,
  Select,
  Textarea,
  Textbox,
} from '@utrecht/component-library-react';
import { classifications } from '@shared/cases/vocabulary';
import { Field } from '../../components/Field';
import { FormActions } from '../../components/FormActions';
import { FormNotices } from '../../components/FormNotices';
import { RichTextEditor } from '../../components/RichTextEditor';
import { UnreadableNotice } from '../../persistence/UnreadableNotice';
import { useFormDraft } from '../../persistence/useFormDraft';
import { caseFormSchema, type CaseFormValues, type ValidCaseForm } from './caseFormSchema';
import { InstrumentsInput } from './InstrumentsInput';
import { TagsInput } from './TagsField';
import { ValuesInput } from './ValuesInput';
import { TechnologyOptions } from './TechnologyOptions';

interface Props {
  initial: CaseFormValues;
  draftKey: string;
  withDescription: boolean;
  submitLabel: string;
  onSubmit(values: ValidCaseForm): Promise<void>;
  onCancel(): void;
}

export function CaseForm({ initial, draftKey, withDescription, submitLabel, onSubmit, onCancel }: Props) {
  const { t } = useTranslation();
  const descriptionLabelId = useId();
  const form = useForm<CaseFormValues, unknown, ValidCaseForm>({
    resolver: zodResolver(caseFormSchema),
    defaultValues: initial,
    mode: 'onSubmit',
    reValidateMode: 'onChange',
  });
  const { register, control, handleSubmit, formState } = form;
  const { errors, isSubmitting, submitCount } = formState;
  const draft = useFormDraft(draftKey, form);

  const submit = handleSubmit((values) => draft.commit(() => onSubmit(values)));

  const cancel = async () => {
    await draft.discard();
    onCancel();
  };

  if (!draft.ready) return <Paragraph role="status">{t('common.loading')}</Paragraph>;

  return (
    <form onSubmit={submit} noValidate className="case-form">
      <FormNotices restored={draft.restored} errors={errors} submitted={submitCount > 0} />
      {draft.unreadable && <UnreadableNotice message={t('draft.unreadable')} />}
      <Fieldset>
        <FieldsetLegend>{t('form.sections.question')}</FieldsetLegend>
        <Field label={t('case.title')} error={errors.title?.message} required>
          {(c) => <Textbox {...c} {...register('title')} autoComplete="off" />}
        </Field>
        <Field label={t('case.question')} hint={t('case.questionHint')} error={errors.question?.message} required>
          {(c) => <Textarea {...c} rows={4} {...register('question')} />}
        </Field>
        {withDescription && (
          <FormField className="form-row">
            <FormLabel id={descriptionLabelId}>{t('case.description')}</FormLabel>
            <Controller
              control={control}
              name="description"
              render={({ field }) => (
                <RichTextEditor
                  label={t('case.description')}
                  labelId={descriptionLabelId}
                  value={field.value}
                  onChange={(snapshot) => field.onChange(snapshot())}
                  onBlur={field.onBlur}
                />
              )}
            />
          </FormField>
        )}
        <Field label={t('case.receivedOn')} error={errors.receivedOn?.message} required>
          {(c) => <Textbox type="date" {...c} {...register('receivedOn')} />}
        </Field>
        <Controller
          control={control}
          name="solicited"
          render={({ field }) => (
            <Fieldset role="radiogroup" className="form-row">
              <FieldsetLegend>{t('case.solicited')}</FieldsetLegend>
              {[true, false].map((option) => (
                <FormField type="radio" key={String(option)}>
                  <RadioButton
                    id={`solicited-${option}`}
                    name={field.name}
                    checked={field.value === option}
                    onChange={() => field.onChange(option)}
                  />
                  <FormLabel htmlFor={`solicited-${option}`} type="radio">
                    {t(option ? 'case.solicitedYes' : 'case.solicitedNo')}
                  </FormLabel>
                </FormField>
              ))}
            </Fieldset>
          )}
        />
        <Field label={t('case.requester')} error={errors.requester?.message}>
          {(c) => <Textbox {...c} {...register('requester')} />}
        </Field>
      </Fieldset>

      <Fieldset>
        <FieldsetLegend>{t('case.processOwner')}</FieldsetLegend>
        <Field label={t('case.ownerName')} error={errors.processOwner?.name?.message} required>
          {(c) => <Textbox {...c} {...register('processOwner.name')} autoComplete="off" />}
        </Field>
        <Field label={t('case.ownerDepartment')} error={errors.processOwner?.department?.message}>
          {(c) => <Textbox {...c} {...register('processOwner.department')} />}
        </Field>
        <Field label={t('case.ownerContact')} error={errors.processOwner?.contact?.message}>
          {(c) => <Textbox {...c} {...register('processOwner.contact')} />}
        </Field>
      </Fieldset>

      <Fieldset>
        <FieldsetLegend>{t('form.sections.technology')}</FieldsetLegend>
        <Field label={t('case.technology')} error={errors.technology?.message}>
          {(c) => (
            <Select {...c} {...register('technology')}>
              <TechnologyOptions />
            </Select>
          )}
        </Field>
        <Controller
          control={control}
          name="themes"
          render={({ field }) => (
            <Field label={t('case.themes')} hint={t('form.commaHint')} error={errors.themes?.message}>
              {(c) => <TagsInput control={c} value={field.value} onChange={field.onChange} />}
            </Field>
          )}
        />
        <Controller
          control={control}
          name="values"
          render={({ field }) => <ValuesInput value={field.value} onChange={field.onChange} error={errors.values?.message} />}
        />
        <InstrumentsInput control={control} register={register} errors={errors.instruments} />
      </Fieldset>

      <Fieldset role="radiogroup">
        <FieldsetLegend>{t('case.classification')}</FieldsetLegend>
        {errors.classification?.message && <p className="field-error">{t(errors.classification.message)}</p>}
        {classifications.map((option) => (
          <FormField type="radio" key={option}>
            <RadioButton id={`classification-${option}`} value={option} {...register('classification')} />
            <FormLabel htmlFor={`classification-${option}`} type="radio">
              {t(`classification.${option}`)}
            </FormLabel>
          </FormField>
        ))}
      </Fieldset>

      <FormActions submitLabel={submitLabel} submitting={isSubmitting} draftStatus={draft.status} onCancel={cancel} />
    </form>
  );
}
