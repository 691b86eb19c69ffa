import { Controller, useForm } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import { useTranslation } from 'react-i18next';
import { Paragraph, Textbox } from '@utrecht/component-library-react';
import { personInputSchema, type PersonInput } from '@shared/people/personSchema';
import { Field } from '../components/Field';
import { FormActions } from '../components/FormActions';
import { FormNotices } from '../components/FormNotices';
import { reportStorageError } from '../persistence/storageProblems';
import { UnreadableNotice } from '../persistence/UnreadableNotice';
import { useFormDraft } from '../persistence/useFormDraft';
import { CheckboxField } from './CheckboxField';
import type { ValidPersonInput } from './personInput';
import { RolesInput } from './RolesInput';

interface Props {
  initial: PersonInput;
  draftKey: string;
  submitLabel: string;
  /** Stores the person; a rejection keeps the form and its draft as they are. */
  onSubmit(values: ValidPersonInput): Promise<void>;
  /** Runs once the draft is gone too, so the form may be unmounted. */
  onSaved(values: ValidPersonInput): void;
  onCancel(): void;
}

export function PersonForm({ initial, draftKey, submitLabel, onSubmit, onSaved, onCancel }: Props) {
  const { t } = useTranslation();
  const form = useForm<PersonInput, unknown, ValidPersonInput>({
    resolver: zodResolver(personInputSchema),
    defaultValues: initial,
    mode: 'onSubmit',
    reValidateMode: 'onChange',
  });
  const { register, control, handleSubmit, formState } = form;
  const { errors, isSubmitting, submitCount } = formState;
  const draft = useFormDraft(draftKey, form);

  // The draft goes only after a successful save; a failed save keeps every word of it.
  const submit = handleSubmit(async (values) => {
    if (await draft.commit(() => onSubmit(values))) onSaved(values);
  });

  const cancel = async () => {
    await draft.discard().catch(reportStorageError);
    onCancel();
  };

  if (!draft.ready) return <Paragraph role="status">{t('common.loading')}</Paragraph>;

  return (
    <form onSubmit={submit} noValidate className="person-form">
      <FormNotices restored={draft.restored} errors={errors} submitted={submitCount > 0} />
      {draft.unreadable && <UnreadableNotice message={t('draft.unreadable')} />}
      <Field label={t('people.field.name')} error={errors.name?.message} required>
        {(c) => <Textbox {...c} {...register('name')} autoComplete="off" />}
      </Field>
      <Controller
        control={control}
        name="roles"
        render={({ field }) => <RolesInput value={field.value} onChange={field.onChange} error={errors.roles?.message} />}
      />
      <Field label={t('people.field.discipline')} hint={t('people.field.disciplineHint')} error={errors.discipline?.message}>
        {(c) => <Textbox {...c} {...register('discipline')} />}
      </Field>
      <Field label={t('people.field.organisation')} error={errors.organisation?.message}>
        {(c) => <Textbox {...c} {...register('organisation')} />}
      </Field>
      <CheckboxField label={t('people.field.isAdministrator')} hint={t('people.field.isAdministratorHint')} {...register('isAdministrator')} />
      <CheckboxField label={t('people.field.active')} hint={t('people.field.activeHint')} {...register('active')} />
      <FormActions submitLabel={submitLabel} submitting={isSubmitting} draftStatus={draft.status} onCancel={cancel} />
    </form>
  );
}
