import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import { useTranslation } from 'react-i18next';
import { Alert, Paragraph, Textarea, Textbox } from '@utrecht/component-library-react';
import type { MethodTemplate, MethodTemplateInput } from '@shared/methods/methodTemplate';
import { Field } from '../../components/Field';
import { FormActions } from '../../components/FormActions';
import { FormNotices } from '../../components/FormNotices';
import { useFormDraft } from '../../persistence/useFormDraft';
import { isUnchanged, methodFormSchema, toFormValues, toTemplateInput, type MethodFormValues, type ValidMethodForm } from './methodForm';
import { SectionsEditor } from './SectionsEditor';
import '../methods.css';

interface Props {
  /** The latest version, which the edit starts from. */
  current: MethodTemplate;
  versions: readonly MethodTemplate[];
  onSave(edit: MethodTemplateInput): Promise<MethodTemplate>;
  onCancel(): void;
}

type Outcome = { saved: number } | 'unchanged' | null;

export function MethodForm({ current, versions, onSave, onCancel }: Props) {
  const { t } = useTranslation();
  const form = useForm<MethodFormValues, unknown, ValidMethodForm>({
    resolver: zodResolver(methodFormSchema),
    defaultValues: toFormValues(current),
    mode: 'onSubmit',
    reValidateMode: 'onChange',
  });
  const { register, control, handleSubmit, formState } = form;
  const { errors, isSubmitting, submitCount } = formState;
  const draft = useFormDraft(`method:${current.id}`, form);
  const [outcome, setOutcome] = useState<Outcome>(null);

  const submit = handleSubmit(async (edit) => {
    if (isUnchanged(edit, current)) return setOutcome('unchanged');
    await draft.commit(async () => {
      const saved = await onSave(toTemplateInput(edit, versions));
      // The new sections now have keys: the form continues from the stored version, not from what was typed.
      form.reset(toFormValues(saved));
      setOutcome({ saved: saved.version });
    });
  });

  const cancel = async () => {
    await draft.discard();
    onCancel();
  };

  if (!draft.ready) return <Paragraph role="status">{t('common.loading')}</Paragraph>;

  return (
    <form onSubmit={submit} noValidate className="method-form" onChange={() => setOutcome(null)}>
      <FormNotices restored={draft.restored} errors={errors} submitted={submitCount > 0} />
      <Field label={t('methods.form.name')} error={errors.name?.message} required>
        {(c) => <Textbox {...c} {...register('name')} autoComplete="off" />}
      </Field>
      <Field label={t('methods.form.description')} error={errors.description?.message}>
        {(c) => <Textarea {...c} rows={4} {...register('description')} />}
      </Field>
      <SectionsEditor control={control} register={register} errors={errors.sections} />
      <FormActions submitLabel={t('methods.form.save')} submitting={isSubmitting} draftStatus={draft.status} onCancel={cancel} />
      {outcome && (
        <Alert type={outcome === 'unchanged' ? 'info' : 'ok'} role="status">
          <Paragraph>
            {outcome === 'unchanged' ? t('methods.form.unchanged') : t('methods.form.saved', { version: outcome.saved })}
          </Paragraph>
        </Alert>
      )}
    </form>
  );
}
