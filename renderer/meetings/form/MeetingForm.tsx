import { useState } from 'react';
import { Controller, useForm } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import { useTranslation } from 'react-i18next';
import { Fieldset, FieldsetLegend, Paragraph, Select, SelectOption, Textbox } from '@utrecht/component-library-react';
import { meetingInputSchema, type MeetingInput } from '@shared/meetings/meetingSchema';
import type { MethodTemplate } from '@shared/methods/methodTemplate';
import type { Person } from '@shared/people/personSchema';
import { Field } from '../../components/Field';
import { FormActions } from '../../components/FormActions';
import { FormNotices } from '../../components/FormNotices';
import { useFormDraft } from '../../persistence/useFormDraft';
import { AgendaEditor } from './AgendaEditor';
import { AttendanceInput } from './AttendanceInput';

type ValidMeetingInput = ReturnType<typeof meetingInputSchema.parse>;

interface Props {
  initial: MeetingInput;
  caseTitles: ReadonlyMap<string, string>;
  people: readonly Person[];
  methods: readonly MethodTemplate[];
  draftKey: string;
  submitLabel: string;
  onSubmit(values: ValidMeetingInput): Promise<void>;
  onCancel(): void;
}

export function MeetingForm({ initial, caseTitles, people, methods, draftKey, submitLabel, onSubmit, onCancel }: Props) {
  const { t } = useTranslation();
  const [titles, setTitles] = useState(caseTitles);
  const form = useForm<MeetingInput, unknown, ValidMeetingInput>({
    resolver: zodResolver(meetingInputSchema),
    defaultValues: initial,
    mode: 'onSubmit',
    reValidateMode: 'onChange',
  });
  const { register, control, handleSubmit, formState, watch } = form;
  const { errors, isSubmitting } = formState;
  const draft = useFormDraft(draftKey, form);
  const locationKind = watch('location.kind');

  const submit = handleSubmit((values) => draft.commit(() => onSubmit(values)));

  if (!draft.ready) return <Paragraph role="status">{t('common.loading')}</Paragraph>;

  return (
    <form onSubmit={submit} noValidate className="meeting-form">
      <FormNotices restored={draft.restored} errors={errors} submitted={formState.submitCount > 0} />
      <Field label={t('meetings.meetingTitle')} error={errors.title?.message} required>
        {(c) => <Textbox {...c} {...register('title')} />}
      </Field>
      <Field label={t('meetings.when')} error={errors.startsAt?.message} required>
        {(c) => <Textbox type="datetime-local" {...c} {...register('startsAt')} />}
      </Field>
      <Fieldset className="form-row">
        <FieldsetLegend>{t('meetings.form.location')}</FieldsetLegend>
        <Field label={t('meetings.form.locationKind')}>
          {(c) => (
            <Select {...c} {...register('location.kind')}>
              <SelectOption value="place">{t('meetings.form.place')}</SelectOption>
              <SelectOption value="online">{t('meetings.form.online')}</SelectOption>
            </Select>
          )}
        </Field>
        <Field label={t(locationKind === 'online' ? 'meetings.form.onlineText' : 'meetings.form.placeText')} error={errors.location?.text?.message}>
          {(c) => <Textbox {...c} {...register('location.text')} />}
        </Field>
      </Fieldset>
      <Controller
        control={control}
        name="attendees"
        render={({ field }) => (
          <AttendanceInput
            people={people}
            attendees={field.value}
            absentees={watch('absentees')}
            onChange={(attendees, absentees) => {
              field.onChange(attendees);
              form.setValue('absentees', absentees, { shouldDirty: true });
            }}
          />
        )}
      />
      <Fieldset className="form-row">
        <FieldsetLegend>{t('meetings.agenda')}</FieldsetLegend>
        <Controller
          control={control}
          name="agenda"
          render={({ field }) => (
            <AgendaEditor
              agenda={field.value}
              titles={titles}
              methods={methods}
              onChange={(agenda, added) => {
                if (added) setTitles((known) => new Map(known).set(...added));
                field.onChange(agenda);
              }}
            />
          )}
        />
      </Fieldset>
      <FormActions
        submitLabel={submitLabel}
        submitting={isSubmitting}
        draftStatus={draft.status}
        onCancel={async () => {
          await draft.discard();
          onCancel();
        }}
      />
    </form>
  );
}
