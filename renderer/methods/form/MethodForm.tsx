import { useEffect, useRef, useState } from 'react';
import { useForm } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import { useTranslation } from 'react-i18next';
import { Alert, Button, ButtonGroup, Paragraph, Textarea, Textbox } from '@utrecht/component-library-react';
import type { MethodTemplate, MethodTemplateInput } from '@shared/methods/methodTemplate';
import type { VersionSave } from '../../meetings/methodRepository';
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
  /** Saves an edit of version `base`; refused when another member saved a newer one meanwhile. */
  onSave(edit: MethodTemplateInput, base: number): Promise<VersionSave>;
  onCancel(): void;
}

type Outcome = { saved: number } | { newer: number } | 'unchanged' | null;

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
  /** The version the form's content starts from: saving makes the next one only while it is still the newest. */
  const [base, setBase] = useState(current.version);
  /** The version the form's fields were last filled from. */
  const shown = useRef(current.version);
  // Another member's version, arrived while nothing was typed here, is what the form edits from now on, and shows.
  if (!formState.isDirty && base !== current.version) setBase(current.version);
  useEffect(() => {
    if (formState.isDirty || shown.current === current.version) return;
    shown.current = current.version;
    form.reset(toFormValues(current));
  }, [current, form, formState.isDirty]);

  const saveFrom = (from: number) =>
    handleSubmit(async (edit) => {
      if (isUnchanged(edit, current)) return setOutcome('unchanged');
      await draft.commit(async () => {
        const result = await onSave(toTemplateInput(edit, versions), from);
        if ('newer' in result) {
          setOutcome({ newer: result.newer.version });
          return false;
        }
        // The new sections now have keys: the form continues from the stored version, not from what was typed.
        setBase(result.saved.version);
        shown.current = result.saved.version;
        form.reset(toFormValues(result.saved));
        setOutcome({ saved: result.saved.version });
      });
    });

  const loadNewest = async () => {
    await draft.discard();
    setBase(current.version);
    shown.current = current.version;
    form.reset(toFormValues(current));
    setOutcome(null);
  };

  const saveAnyway = (newer: number) => {
    setBase(newer);
    void saveFrom(newer)();
  };

  const cancel = async () => {
    await draft.discard();
    onCancel();
  };

  if (!draft.ready) return <Paragraph role="status">{t('common.loading')}</Paragraph>;

  return (
    <form onSubmit={(event) => void saveFrom(base)(event)} noValidate className="method-form" onChange={() => setOutcome(null)}>
      <FormNotices restored={draft.restored} errors={errors} submitted={submitCount > 0} />
      <Field label={t('methods.form.name')} error={errors.name?.message} required>
        {(c) => <Textbox {...c} {...register('name')} autoComplete="off" />}
      </Field>
      <Field label={t('methods.form.description')} error={errors.description?.message}>
        {(c) => <Textarea {...c} rows={4} {...register('description')} />}
      </Field>
      <SectionsEditor control={control} register={register} errors={errors.sections} />
      <FormActions submitLabel={t('methods.form.save')} submitting={isSubmitting} draftStatus={draft.status} onCancel={cancel} />
      {outcome !== null && typeof outcome === 'object' && 'newer' in outcome ? (
        <Alert type="warning" role="alert">
          <Paragraph>{t('methods.form.newer', { version: outcome.newer })}</Paragraph>
          <ButtonGroup>
            <Button type="button" appearance="secondary-action-button" onClick={() => void loadNewest()}>
              {t('methods.form.loadNewest')}
            </Button>
            <Button type="button" appearance="secondary-action-button" onClick={() => saveAnyway(outcome.newer)}>
              {t('methods.form.saveAnyway')}
            </Button>
          </ButtonGroup>
        </Alert>
      ) : (
        outcome && (
          <Alert type={outcome === 'unchanged' ? 'info' : 'ok'} role="status">
            <Paragraph>{outcome === 'unchanged' ? t('methods.form.unchanged') : t('methods.form.saved', { version: outcome.saved })}</Paragraph>
          </Alert>
        )
      )}
    </form>
  );
}
