import { useId } from 'react';
import { Controller, useForm } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import { useTranslation } from 'react-i18next';
import { Button,
  Fieldset,
  FieldsetLegend,
  FormField,
  FormFieldErrorMessage,
  FormLabel,
  Paragraph,
  RadioButton,
  Select,
  SelectOption,
  Textarea,
  Textbox,
} from '@utrecht/component-library-react';
import { conflictDeclarationSchema, conflictMeasures, type ConflictDeclaration } from '@shared/people/boardSchema';
import type { Person } from '@shared/people/personSchema';
import { Field } from '../components/Field';
import { FormNotices } from '../components/FormNotices';
import { UnreadableNotice } from '../persistence/UnreadableNotice';
import { useFormDraft } from '../persistence/useFormDraft';
import { localToday } from '../db/clock';

interface Props {
  caseId: string;
  /** Who is on this case's board, in board order; a person listed twice counts once. */
  memberIds: readonly string[];
  people: ReadonlyMap<string, Person>;
  onDeclare(conflict: ConflictDeclaration): Promise<void>;
}


/** Records a declared interest and the measure taken; the measure has no default so it is always a deliberate choice. */
export function ConflictForm({ caseId, memberIds, people, onDeclare }: Props) {
  const { t } = useTranslation();
  const id = useId();
  const form = useForm<ConflictDeclaration>({
    resolver: zodResolver(conflictDeclarationSchema),
    defaultValues: { personId: memberIds[0] ?? '', declaredOn: localToday(), description: '' },
    mode: 'onSubmit',
    reValidateMode: 'onChange',
  });
  const { register, control, handleSubmit, formState, reset, watch } = form;
  const { errors, submitCount } = formState;
  const draft = useFormDraft(`conflict:${caseId}`, form);
  const selected = watch('personId');
  // A person taken off the board while selected stays selectable, so the select never shows one name and submits another.
  const options = [...new Set([...memberIds, selected])].flatMap((personId) => people.get(personId) ?? []);

  const submit = handleSubmit((values) =>
    draft.commit(async () => {
      await onDeclare(values);
      // Reset before the draft goes: the reset is itself a change the draft would otherwise keep.
      reset({ personId: values.personId, declaredOn: localToday(), description: '', measure: undefined });
    }),
  );

  if (!draft.ready) return <Paragraph role="status">{t('common.loading')}</Paragraph>;

  return (
    <form onSubmit={submit} noValidate className="conflict-form" aria-labelledby={`${id}-title`}>
      <h3 id={`${id}-title`}>{t('people.conflict.formTitle')}</h3>
      <FormNotices restored={draft.restored} errors={errors} submitted={submitCount > 0} />
      {draft.unreadable && <UnreadableNotice message={t('draft.unreadable')} />}
      <Field label={t('people.conflict.person')} error={errors.personId?.message}>
        {(c) => (
          <Select {...c} {...register('personId')}>
            {options.map((person) => (
              <SelectOption key={person.id} value={person.id}>
                {person.name}
              </SelectOption>
            ))}
          </Select>
        )}
      </Field>
      <Field label={t('people.conflict.declaredOn')} error={errors.declaredOn?.message} required>
        {(c) => <Textbox type="date" {...c} {...register('declaredOn')} />}
      </Field>
      <Field label={t('people.conflict.description')} error={errors.description?.message} required>
        {(c) => <Textarea rows={3} {...c} {...register('description')} />}
      </Field>
      <Fieldset role="radiogroup" className="form-row" invalid={Boolean(errors.measure)} aria-describedby={errors.measure ? `${id}-measure-error` : undefined}>
        <FieldsetLegend>
          {t('people.conflict.measure')}
          <span className="required-mark"> ({t('form.required')})</span>
        </FieldsetLegend>
        {errors.measure?.message && <FormFieldErrorMessage id={`${id}-measure-error`}>{t(errors.measure.message)}</FormFieldErrorMessage>}
        <Controller
          control={control}
          name="measure"
          render={({ field }) => (
            <>
              {conflictMeasures.map((measure) => (
                <FormField type="radio" key={measure}>
                  <RadioButton
                    id={`${id}-${measure}`}
                    name={field.name}
                    value={measure}
                    checked={field.value === measure}
                    onChange={() => field.onChange(measure)}
                  />
                  <FormLabel htmlFor={`${id}-${measure}`} type="radio">
                    {t(`people.conflict.measures.${measure}`)}
                  </FormLabel>
                </FormField>
              ))}
            </>
          )}
        />
      </Fieldset>
      <Button type="submit" appearance="secondary-action-button">
        {t('people.conflict.add')}
      </Button>
    </form>
  );
}
