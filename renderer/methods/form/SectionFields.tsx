import { useTranslation } from 'react-i18next';
import type { FieldErrors, UseFormRegister } from 'react-hook-form';
import { Button, ButtonGroup, Fieldset, FieldsetLegend, Select, SelectOption, Textarea, Textbox } from '@utrecht/component-library-react';
import { sectionKinds } from '@shared/methods/methodTemplate';
import { Field } from '../../components/Field';
import type { MethodFormValues } from './methodForm';

export type SectionControl = 'title' | 'up' | 'down' | 'remove';

interface Props {
  index: number;
  count: number;
  register: UseFormRegister<MethodFormValues>;
  errors: FieldErrors<MethodFormValues['sections'][number]> | undefined;
  onMove(to: number, control: SectionControl): void;
  onRemove(): void;
}

/** One section: its title, help text and kind, and buttons to move or remove it (so reordering needs no dragging). */
export function SectionFields({ index, count, register, errors, onMove, onRemove }: Props) {
  const { t } = useTranslation();
  const number = index + 1;
  return (
    <Fieldset className="method-section" data-section-index={index}>
      <FieldsetLegend>{t('methods.section.legend', { number })}</FieldsetLegend>
      <Field label={t('methods.section.title')} error={errors?.title?.message} required>
        {(c) => <Textbox {...c} {...register(`sections.${index}.title`)} autoComplete="off" data-control="title" />}
      </Field>
      <Field label={t('methods.section.help')} hint={t('methods.section.helpHint')} error={errors?.help?.message}>
        {(c) => <Textarea {...c} rows={3} {...register(`sections.${index}.help`)} />}
      </Field>
      <Field label={t('methods.section.kind')} error={errors?.kind?.message}>
        {(c) => (
          <Select {...c} {...register(`sections.${index}.kind`)}>
            {sectionKinds.map((kind) => (
              <SelectOption key={kind} value={kind}>
                {t(`methods.kind.${kind}`)}
              </SelectOption>
            ))}
          </Select>
        )}
      </Field>
      <ButtonGroup>
        <Button
          appearance="secondary-action-button"
          disabled={index === 0}
          onClick={() => onMove(index - 1, 'up')}
          aria-label={t('methods.section.moveUpNamed', { number })}
          data-control="up"
        >
          {t('methods.section.moveUp')}
        </Button>
        <Button
          appearance="secondary-action-button"
          disabled={index === count - 1}
          onClick={() => onMove(index + 1, 'down')}
          aria-label={t('methods.section.moveDownNamed', { number })}
          data-control="down"
        >
          {t('methods.section.moveDown')}
        </Button>
        <Button
          appearance="subtle-button"
          onClick={onRemove}
          aria-label={t('methods.section.removeNamed', { number })}
          data-control="remove"
        >
          {t('methods.section.remove')}
        </Button>
      </ButtonGroup>
    </Fieldset>
  );
}
