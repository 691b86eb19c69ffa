import { useFieldArray, type Control, type FieldErrors, type UseFormRegister } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { Button, Fieldset, FieldsetLegend, Select, SelectOption, Textbox } from '@utrecht/component-library-react';
import type { CaseFormValues } from './caseFormSchema';
import { instrumentKinds, instrumentStatuses } from '@shared/cases/vocabulary';
import { Field } from '../../components/Field';

interface Props {
  control: Control<CaseFormValues>;
  register: UseFormRegister<CaseFormValues>;
  errors: FieldErrors<CaseFormValues>['instruments'];
}

/** Earlier assessments (DPIA, DEDA, IAMA, algorithm register) with their status and where to find them. */
export function InstrumentsInput({ control, register, errors }: Props) {
  const { t } = useTranslation();
  const { fields, append, remove } = useFieldArray({ control, name: 'instruments' });
  return (
    <Fieldset className="form-row">
      <FieldsetLegend>{t('case.instruments')}</FieldsetLegend>
      {fields.length === 0 && <p className="muted">{t('case.noInstruments')}</p>}
      {fields.map((field, index) => {
        const fieldErrors = errors?.[index];
        return (
          <div key={field.id} className="instrument-row" data-instrument-row={index}>
            <Field label={t('instrument.kind')}>
              {(control) => (
                <Select {...control} {...register(`instruments.${index}.kind`)}>
                  {instrumentKinds.map((kind) => (
                    <SelectOption key={kind} value={kind}>
                      {t(`instrument.kinds.${kind}`)}
                    </SelectOption>
                  ))}
                </Select>
              )}
            </Field>
            <Field label={t('instrument.status')}>
              {(control) => (
                <Select {...control} {...register(`instruments.${index}.status`)}>
                  {instrumentStatuses.map((status) => (
                    <SelectOption key={status} value={status}>
                      {t(`instrument.statuses.${status}`)}
                    </SelectOption>
                  ))}
                </Select>
              )}
            </Field>
            <Field label={t('instrument.link')} hint={t('instrument.linkHint')} error={fieldErrors?.link?.message}>
              {(control) => <Textbox type="url" {...control} {...register(`instruments.${index}.link`)} />}
            </Field>
            <Field label={t('instrument.documentRef')} error={fieldErrors?.documentRef?.message}>
              {(control) => <Textbox {...control} {...register(`instruments.${index}.documentRef`)} />}
            </Field>
            <Button appearance="subtle-button" onClick={() => remove(index)}>
              {t('instrument.remove', { name: t(`instrument.kinds.${field.kind}`) })}
            </Button>
          </div>
        );
      })}
      <Button
        appearance="secondary-action-button"
        onClick={() => append({ kind: 'dpia', status: 'niet_gestart', link: '', documentRef: '' })}
      >
        {t('instrument.add')}
      </Button>
    </Fieldset>
  );
}
