import { useLayoutEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { useFieldArray, type Control, type FieldErrors, type UseFormRegister } from 'react-hook-form';
import { Button, Heading2, Paragraph } from '@utrecht/component-library-react';
import { blankSection, type MethodFormValues } from './methodForm';
import { SectionFields, type SectionControl } from './SectionFields';

interface Props {
  control: Control<MethodFormValues>;
  register: UseFormRegister<MethodFormValues>;
  errors: FieldErrors<MethodFormValues>['sections'];
}

/**
 * The sections in order. Moving or removing re-renders the list, which would
 * drop keyboard focus on the page. After a move focus follows the section to
 * the same button (or its neighbour when that one is now disabled); after a
 * removal it goes to the title of the section that took its place.
 */
export function SectionsEditor({ control, register, errors }: Props) {
  const { t } = useTranslation();
  const { fields, append, remove, move } = useFieldArray({ control, name: 'sections' });
  const listRef = useRef<HTMLDivElement>(null);
  const addRef = useRef<HTMLButtonElement>(null);
  const pendingFocus = useRef<{ index: number; control: SectionControl } | null>(null);

  useLayoutEffect(() => {
    const focus = pendingFocus.current;
    if (!focus) return;
    pendingFocus.current = null;
    const section = listRef.current?.querySelector(`[data-section-index="${focus.index}"]`);
    const candidates = [focus.control, focus.control === 'up' ? 'down' : 'up', 'remove'].map((name) =>
      section?.querySelector<HTMLElement>(`[data-control="${name}"]:not(:disabled)`),
    );
    (candidates.find(Boolean) ?? addRef.current)?.focus();
  }, [fields]);

  const arrayError = errors?.message ?? errors?.root?.message;
  return (
    <section aria-labelledby="method-sections-heading">
      <Heading2 id="method-sections-heading">{t('methods.form.sections')}</Heading2>
      {arrayError && (
        <Paragraph className="field-error" role="alert">
          {t(arrayError)}
        </Paragraph>
      )}
      <div ref={listRef}>
        {fields.map((field, index) => (
          <SectionFields
            key={field.id}
            index={index}
            count={fields.length}
            register={register}
            errors={errors?.[index]}
            onMove={(to, control) => {
              pendingFocus.current = { index: to, control };
              move(index, to);
            }}
            onRemove={() => {
              pendingFocus.current = { index: Math.min(index, fields.length - 2), control: 'title' };
              remove(index);
            }}
          />
        ))}
      </div>
      <Button ref={addRef} appearance="secondary-action-button" onClick={() => append(blankSection())}>
        {t('methods.section.add')}
      </Button>
    </section>
  );
}
