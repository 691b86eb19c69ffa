import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { Textarea } from '@utrecht/component-library-react';
import type { SectionValue } from '@shared/meetings/recordSchema';
import type { TemplateSection } from '@shared/methods/methodTemplate';
import { ActorsInput } from './ActorsInput';
import { LinesInput } from './LinesInput';

/** One section of a structured record, edited the way its kind asks for. */
export function SectionInput({ section, value, onChange }: { section: TemplateSection; value: SectionValue; onChange(value: SectionValue): void }) {
  const { t } = useTranslation();
  const id = useId();
  const heading = (
    <h4 className="record-section__title" id={`${id}-title`}>
      {section.title}
    </h4>
  );
  const help = section.help && <p className="muted record-section__help">{section.help}</p>;
  switch (value.kind) {
    case 'text':
      return (
        <section className="record-section" aria-labelledby={`${id}-title`}>
          {heading}
          {help}
          <Textarea aria-labelledby={`${id}-title`} rows={3} value={value.text} onChange={(event) => onChange({ kind: 'text', text: event.target.value })} />
        </section>
      );
    case 'list':
      return (
        <section className="record-section" aria-labelledby={`${id}-title`}>
          <LinesInput label={section.title} hint={section.help} value={value.items} onChange={(items) => onChange({ kind: 'list', items })} />
        </section>
      );
    case 'actors':
      return (
        <section className="record-section" aria-labelledby={`${id}-title`}>
          {heading}
          {help}
          <ActorsInput actors={value.actors} onChange={(actors) => onChange({ kind: 'actors', actors })} />
        </section>
      );
    case 'options':
      return (
        <section className="record-section" aria-labelledby={`${id}-title`}>
          {heading}
          {help}
          <div className="options-columns">
            {(['technology', 'environment', 'user'] as const).map((direction) => (
              <LinesInput
                key={direction}
                label={t(`meetings.record.direction.${direction}`)}
                value={value.options[direction]}
                onChange={(lines) => onChange({ kind: 'options', options: { ...value.options, [direction]: lines } })}
              />
            ))}
          </div>
        </section>
      );
  }
}
