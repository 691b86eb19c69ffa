import { useCallback, useEffect, useRef, useState, type FormEvent } from 'react';
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
  /** The version the form's fields were last filled from. */
  const shown = useRef(current.version);
  const show = useCallback(
    (template: MethodTemplate) => {
      shown.current = template.version;
      form.reset(toFormValues(template));
    },
    [form],
  );
  /*
   * Another member's version, arrived while nothing was typed here, is what
   * the form shows and edits from now on. A form with typing (or a draft
   * brought back) keeps its own base version (a field of the form), which
   * saving checks is still the newest.
   */
  useEffect(() => {
    if (!formState.isDirty && shown.current !== current.version) show(current);
  }, [current, show, formState.isDirty]);

  const save = (event?: FormEvent) =>
    handleSubmit(async (edit) => {
      if (isUnchanged(edit, current)) return setOutcome('unchanged');
      await draft.commit(async () => {
        const result = await onSave(toTemplateInput(edit, versions), edit.base);
        if ('newer' in result) {
          setOutcome({ newer: result.newer.version });
          return false;
        }
        // The new sections now have keys: the form continues from the stored version, not from what was typed.
        show(result.saved);
        setOutcome({ saved: result.saved.version });
      });
    })(event);

  const loadNewest = async () => {
    await draft.discard();
    show(current);
    setOutcome(null);
  };

  const saveAnyway = (newer: number) => {
    form.setValue('base', newer);
    void save();
  };

  const cancel = async () => {
    await draft.discard();
    onCancel();
  };

  if (!draft.ready) return <Paragraph role="status">{t('common.loading')}</Paragraph>;

  return (
    <form onSubmit={(event) => void save(event)} noValidate className="method-form" onChange={() => setOutcome(null)}>
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
